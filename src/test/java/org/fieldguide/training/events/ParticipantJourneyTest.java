package org.fieldguide.training.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.fieldguide.Chromium;
import org.fieldguide.access.Accounts;
import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.fieldguide.training.TrainingManual;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A participant on a phone (360 × 740): opens the events page, types the event code the trainer gave,
 * registers with consent, lands on their own page and takes the pre-test of the starter manual's
 * introduction module; each page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantJourneyTest {

	static final String MODULE = "introduction-to-migrant-centres";

	@LocalServerPort
	int port;

	@Autowired
	TrainingEvents events;

	@Autowired
	Accounts accounts;

	@Autowired
	TrainingManual manual;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	TestSheetRepository sheets;

	Chromium chromium;

	@BeforeAll
	void startBrowser() {
		chromium = Chromium.start();
	}

	@AfterAll
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aParticipantRegistersWithTheCodeOnAPhoneAndTakesThePreTest() {
		long trainer = EventFixtures.trainerId(accounts);
		List<TrainingManual.Question> questions = manual.questions(MODULE, Language.EN);
		assertThat(questions).hasSizeGreaterThanOrEqualTo(6);
		TrainingEvent event = events.create(new EventForm.Valid("Introduction in Niamey", List.of(MODULE), LocalDate.now(),
				LocalDate.now().plusDays(1), "Youth centre", "Niamey", "NE", Language.EN, List.of(trainer), 25, true),
				Viewer.signedIn(trainer, "Trainer", Set.of(Role.TRAINER)));

		Page page = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
			.setIsMobile(true).setHasTouch(true).setLocale("en-GB")).newPage();
		List<String> problems = new ArrayList<>();
		page.navigate("http://127.0.0.1:" + port + "/en/events");
		check(page, problems);
		page.getByLabel("Event code").fill(" " + event.code().substring(0, 4).toLowerCase() + "-" + event.code().substring(4) + " ");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the event")).click();
		assertThat(page.url()).endsWith("/en/events/" + event.code());
		assertThat(page.locator("h1").textContent()).contains("Introduction in Niamey");
		check(page, problems);

		// without consent the browser's own check holds the form; the server refuses it too
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Hadiza Moussa");
		page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)).fill("Commune de Niamey II");
		page.getByLabel("Local authority").check();
		page.getByLabel("Phone (optional)").fill("+227 96 00 00 00");
		assertThat(page.locator(".consent").textContent()).contains("24 months", "Who sees it");
		page.getByLabel("I have read this and I agree").check();
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
		assertThat(page.url()).matches(".*/en/events/p/[a-z0-9]{26}$");
		assertThat(page.locator("main").textContent()).contains("Registered: the place is taken.", "Welcome, Hadiza Moussa.");
		check(page, problems);
		assertThat(noHorizontalScroll(page)).as("fits a 360 px screen").isTrue();

		page.locator("a[href$='/tests/" + MODULE + "/pre']").click();
		assertThat(page.locator("fieldset.question").count()).isEqualTo(questions.size());
		check(page, problems);
		for (TrainingManual.Question q : questions) {
			page.locator("input[name='q." + q.key() + "'][value='" + q.correctIndex() + "']").check();
		}
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
		assertThat(page.locator("main").textContent()).contains("Answers saved. Score: 100%.", "done, 100%");
		assertThat(noHorizontalScroll(page)).isTrue();

		Participant hadiza = participants.findByEventIdOrderByRegisteredAtAscIdAsc(event.id()).get(0);
		assertThat(hadiza.name()).isEqualTo("Hadiza Moussa");
		assertThat(hadiza.kind()).isEqualTo(OrganisationKind.LOCAL_AUTHORITY);
		assertThat(sheets.findByParticipantId(hadiza.id())).singleElement()
			.satisfies(s -> assertThat(s.score()).isEqualTo(new Score(questions.size(), questions.size())));
		assertThat(problems).isEmpty();
	}

	private static boolean noHorizontalScroll(Page page) {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
	}

	private static void check(Page page, List<String> problems) {
		new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations()
			.forEach(v -> problems.add(page.url() + ": " + v.getId() + " " + v.getNodes().get(0).getHtml()));
	}


}
