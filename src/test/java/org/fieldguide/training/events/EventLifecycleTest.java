package org.fieldguide.training.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Accounts;
import org.fieldguide.content.ContentImport;
import org.fieldguide.training.TrainingManual;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A training event from creation to the certificate check, through the real pages: self-registration
 * with the code, the waiting list and its promotion, attendance, pre- and post-tests, evaluation,
 * certificate and its public verification.
 */
@FieldguideTest
class EventLifecycleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentImport contentImport;

	@Autowired
	TrainingManual manual;

	@Autowired
	Accounts accounts;

	@Autowired
	TrainingEventRepository events;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	TestSheetRepository sheets;

	@Test
	void anEventFromCreationToVerifiedCertificate() throws Exception {
		String module = EventFixtures.module(contentImport, manual, "life");
		MockHttpSession trainer = SignIn.as(mvc, "trainer");
		LocalDate today = LocalDate.now();
		long id = EventFixtures.createEvent(mvc, trainer, EventFixtures.trainerId(accounts), module, today,
				today.plusDays(1), 1);
		String code = events.findById(id).orElseThrow().code();
		assertThat(code).matches("[" + Codes.ALPHABET + "]{8}");
		assertThat(body(get("/en/trainer/events/" + id).session(trainer), 200)).contains(code, "life module");

		// registration with the code: a place for Amina, the waiting list for Bruno and Chen
		assertThat(body(get("/en/events/" + code.toLowerCase()), 200)).contains("What we keep about you", "24 months");
		String amina = register(code, "Amina Diallo", "amina@example.org", false);
		assertThat(body(registration(code, "Bruno Keita", "bruno@example.org"), 409)).contains("The event is full");
		assertThat(participants.findByEventIdOrderByRegisteredAtAscIdAsc(id)).hasSize(1);
		String bruno = register(code, "Bruno Keita", "bruno@example.org", true);
		register(code, "Chen Li", "chen@example.org", true);
		assertThat(statusOf(bruno)).isEqualTo(Participant.Status.WAITING);
		assertThat(body(get("/en/events/p/" + bruno), 200)).contains("You are on the waiting list");

		// the same e-mail again: refused with an offer to update, nothing duplicated; then updated
		assertThat(body(registration(code, "Amina D.", "AMINA@example.org"), 409))
			.contains("already registered for this event");
		assertThat(participants.findByEventIdOrderByRegisteredAtAscIdAsc(id)).hasSize(3);
		assertThat(body(registration(code, "Amina D.", "amina@example.org").param("update", "true"), 200))
			.contains("Your registration is updated").doesNotContain(amina);
		assertThat(participants.findByToken(amina).orElseThrow().name()).isEqualTo("Amina D.");
		assertThat(participants.findByEventIdOrderByRegisteredAtAscIdAsc(id)).hasSize(3);

		// Amina leaves: Bruno, first on the waiting list, gets the place; Chen still waits
		long aminaId = participants.findByToken(amina).orElseThrow().id();
		mvc.perform(post("/en/trainer/events/" + id + "/participants/" + aminaId + "/remove").session(trainer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(bruno)).isEqualTo(Participant.Status.REGISTERED);
		assertThat(participants.findByEventIdAndEmail(id, "chen@example.org").orElseThrow().status())
			.isEqualTo(Participant.Status.WAITING);
		long brunoId = participants.findByToken(bruno).orElseThrow().id();

		// attendance, both days, ticked without JavaScript
		for (LocalDate day : List.of(today, today.plusDays(1))) {
			assertThat(body(get("/en/trainer/events/" + id + "/attendance/" + day).session(trainer), 200)).contains("Bruno Keita");
			mvc.perform(post("/en/trainer/events/" + id + "/attendance/" + day).session(trainer).with(csrf())
				.param("present", String.valueOf(brunoId))).andExpect(status().is3xxRedirection());
		}
		assertThat(participants.findById(brunoId).orElseThrow().attendance()).containsExactlyInAnyOrder(today, today.plusDays(1));

		// pre-test on the phone through the personal link: two of three right
		String testPath = "/en/events/p/" + bruno + "/tests/" + module + "/pre";
		assertThat(body(get(testPath), 200)).contains("Question number 1?", "Beta2");
		mvc.perform(post(testPath).with(csrf()).param("q.q1", "0").param("q.q2", "1").param("q.q3", "0"))
			.andExpect(status().is3xxRedirection());
		// a second submission is refused and the first answers stay
		assertThat(body(post(testPath).with(csrf()).param("q.q1", "0").param("q.q2", "1").param("q.q3", "2"), 409))
			.contains("already sent", "67%");
		assertThat(sheets.findByParticipantId(brunoId)).singleElement().satisfies(s -> assertThat(s.score()).isEqualTo(new Score(2, 3)));

		// post-test typed in by the trainer from paper: all right
		mvc.perform(post("/en/trainer/events/" + id + "/participants/" + brunoId + "/tests/" + module + "/post")
			.session(trainer).with(csrf()).param("q.q1", "0").param("q.q2", "1").param("q.q3", "2"))
			.andExpect(status().is3xxRedirection());

		// evaluation through the link
		MockHttpServletRequestBuilder evaluation = post("/en/events/p/" + bruno + "/evaluation").with(csrf())
			.param("content", "5").param("facilitation", "4").param("materials", "4").param("usefulness", "5")
			.param("organisation", "3").param("comments", "Useful role plays.");
		mvc.perform(evaluation).andExpect(status().is3xxRedirection());
		assertThat(body(evaluation, 409)).contains("already sent");

		// certificate: attended both days, so eligible; its code is checked on the public page
		String page = body(get("/en/events/p/" + bruno), 200);
		assertThat(page).contains("Download your certificate", "Thank you for your evaluation", "done, 67%", "done, 100%");
		MvcResult pdf = mvc.perform(get("/en/events/p/" + bruno + "/certificate.pdf")).andExpect(status().isOk()).andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
		String certificate = participants.findById(brunoId).orElseThrow().certificateCode();
		assertThat(certificate).isNotNull();
		String verified = body(get("/fr/certificates/" + certificate), 200);
		assertThat(verified).contains("Bruno Keita", "Centre staff week", today.toString())
			.doesNotContain("bruno@example.org", "Some organisation");
		body(get("/en/certificates/ABCDEFGHJK"), 404);

		// the report shows the event's numbers
		String report = body(get("/en/trainer/events/" + id + "/report").session(trainer), 200);
		assertThat(report).contains("<svg", "66.7", "100.0", "33.3", "Useful role plays.");
		String csv = body(get("/en/trainer/events/" + id + "/report.csv").session(trainer), 200);
		assertThat(csv).contains("pre-test," + module + ",66.7,1", "post-test," + module + ",100.0,1",
				"change," + module + ",33.3", "rating,content,5.0,1", "participants,certificates,1");
		MvcResult reportPdf = mvc.perform(get("/en/trainer/events/" + id + "/report.pdf").session(trainer)).andReturn();
		try (var document = org.apache.pdfbox.Loader.loadPDF(reportPdf.getResponse().getContentAsByteArray())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Event report", "66.7", "+33.3");
		}
	}

	@Test
	void wrongAndExpiredCodesAreExplained() throws Exception {
		String module = EventFixtures.module(contentImport, manual, "codes");
		MockHttpSession trainer = SignIn.as(mvc, "trainer");
		assertThat(body(get("/en/events/QQQQ2222"), 404)).contains("There is no event with this code");
		long past = EventFixtures.createEvent(mvc, trainer, EventFixtures.trainerId(accounts), module,
				LocalDate.now().minusDays(5), LocalDate.now().minusDays(3), 10);
		String code = events.findById(past).orElseThrow().code();
		assertThat(body(get("/en/events/" + code), 410)).contains("This event has ended");
		body(registration(code, "Late Comer", "late@example.org"), 410);
		assertThat(participants.findByEventIdOrderByRegisteredAtAscIdAsc(past)).isEmpty();
		assertThat(mvc.perform(get("/en/events").param("code", code.toLowerCase())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/en/events/" + code);
	}

	private String register(String code, String name, String email, boolean waitingList) throws Exception {
		MockHttpServletRequestBuilder request = registration(code, name, email);
		if (waitingList) {
			request.param("waitingList", "true");
		}
		String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/en/events/p/[a-z0-9]{26}");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static MockHttpServletRequestBuilder registration(String code, String name, String email) {
		return post("/en/events/" + code).with(csrf()).param("name", name).param("organisation", "Some organisation")
			.param("kind", "PARTNER").param("email", email).param("phone", "+227 90 00 00 00").param("consent", "true");
	}

	private Participant.Status statusOf(String token) {
		return participants.findByToken(token).orElseThrow().status();
	}

	private String body(MockHttpServletRequestBuilder request, int expected) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(expected);
		return result.getResponse().getContentAsString();
	}

}
