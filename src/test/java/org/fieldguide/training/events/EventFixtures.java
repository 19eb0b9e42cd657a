package org.fieldguide.training.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Set;

import org.fieldguide.access.Accounts;
import org.fieldguide.access.Role;
import org.fieldguide.content.ContentImport;
import org.fieldguide.content.TrainingPackages;
import org.fieldguide.training.TrainingManual;
import org.fieldguide.platform.Language;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Small helpers for event tests: a module with a three-question bank imported through the real content
 * import, a second trainer made through the access module's API, and an event created through the form.
 */
final class EventFixtures {

	static final String PASSWORD = "harmattan-river-crossing-77";

	private EventFixtures() {
	}

	/** Imports "{prefix}-module" with questions q1, q2, q3 whose right answers are choices 0, 1 and 2. */
	static String module(ContentImport contentImport, TrainingManual manual, String prefix) {
		TrainingPackages pack = TrainingPackages.valid(prefix);
		if (manual.module(pack.module(), Language.EN).isEmpty()) {
			StringBuilder yaml = new StringBuilder("questions:\n");
			for (int i = 1; i <= 3; i++) {
				yaml.append("  - key: q").append(i).append("\n    text:\n      en: Question number ").append(i)
					.append("?\n      fr: Question numéro ").append(i).append(" ?\n    choices:\n");
				for (String choice : new String[] { "Alpha", "Beta", "Gamma" }) {
					yaml.append("      - en: ").append(choice).append(i).append("\n        fr: ").append(choice).append(i).append('\n');
				}
				yaml.append("    correct: ").append(i).append('\n');
			}
			pack.put(pack.path("questions.yaml"), yaml.toString());
			contentImport.importPackage(pack.source());
		}
		return pack.module();
	}

	/** A trainer account other than the demo one, made once. */
	static long otherTrainer(Accounts accounts, String username) {
		return accounts.search(username, 0, 5).stream().filter(a -> a.username().equals(username)).findFirst()
			.map(Accounts.AccountView::id)
			.orElseGet(() -> accounts.createLocal(username, "Second Trainer " + username, null, PASSWORD,
					Set.of(Role.TRAINER, Role.STAFF)).id());
	}

	static long trainerId(Accounts accounts) {
		return accounts.search("trainer", 0, 5).stream().filter(a -> a.username().equals("trainer")).findFirst()
			.orElseThrow().id();
	}

	/** Creates an event through the trainer's form and gives back its id. */
	static long createEvent(MockMvc mvc, MockHttpSession trainer, long facilitator, String module, LocalDate start,
			LocalDate end, int capacity) throws Exception {
		MvcResult result = mvc.perform(post("/en/trainer/events").session(trainer).with(csrf())
			.param("title", "Centre staff week " + start)
			.param("modules", module)
			.param("startDate", start.toString())
			.param("endDate", end.toString())
			.param("venue", "Community hall")
			.param("city", "Agadez")
			.param("country", "NE")
			.param("language", "en")
			.param("facilitators", String.valueOf(facilitator))
			.param("capacity", String.valueOf(capacity))).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("event created").matches("/en/trainer/events/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
