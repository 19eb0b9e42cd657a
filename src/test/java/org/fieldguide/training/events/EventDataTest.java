package org.fieldguide.training.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Participants' data: who may see them (only the event's facilitators and administrators; others get
 * 404, anonymous visitors nothing), CSV import refusals, reads recorded, export and erasure on request,
 * and the retention job that erases personal data while the report's numbers stay the same.
 */
@FieldguideTest
class EventDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentImport contentImport;

	@Autowired
	TrainingManual manual;

	@Autowired
	Accounts accounts;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	TrainingEventRepository events;

	@Autowired
	DataReads reads;

	@Autowired
	Retention retention;

	@Autowired
	ReportController reports;

	@Test
	void onlyTheEventsFacilitatorsAndAdministratorsSeeItsParticipants() throws Exception {
		String module = EventFixtures.module(contentImport, manual, "perm");
		EventFixtures.otherTrainer(accounts, "trainer-two");
		MockHttpSession trainer = SignIn.as(mvc, "trainer");
		long id = EventFixtures.createEvent(mvc, trainer, EventFixtures.trainerId(accounts), module, LocalDate.now(),
				LocalDate.now().plusDays(2), 10);
		mvc.perform(person(post("/en/trainer/events/" + id + "/participants").session(trainer), "Fatou Ndiaye", "fatou@example.org"));
		long pid = participants.findByEventIdAndEmail(id, "fatou@example.org").orElseThrow().id();

		MockHttpSession other = SignIn.as(mvc, "trainer-two", EventFixtures.PASSWORD);
		for (String path : List.of("", "/edit", "/participants/" + pid, "/participants/" + pid + "/export.csv",
				"/attendance/" + LocalDate.now(), "/report", "/report.csv", "/import")) {
			MvcResult result = mvc.perform(get("/en/trainer/events/" + id + path).session(other)).andReturn();
			assertThat(result.getResponse().getStatus()).as("another trainer: " + path).isEqualTo(404);
			assertThat(result.getResponse().getContentAsString()).doesNotContain("Fatou");
		}
		assertThat(status(post("/en/trainer/events/" + id + "/participants/" + pid + "/erase").session(other).with(csrf())))
			.isEqualTo(404);
		assertThat(participants.findById(pid).orElseThrow().name()).isEqualTo("Fatou Ndiaye");
		assertThat(body(get("/en/trainer/events").session(other))).doesNotContain("/en/trainer/events/" + id + "\"");

		MvcResult anonymous = mvc.perform(get("/en/trainer/events/" + id + "/participants/" + pid)).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isIn(302, 401);
		assertThat(anonymous.getResponse().getContentAsString()).doesNotContain("Fatou");
		MockHttpSession staff = SignIn.as(mvc, "staff");
		MvcResult staffRead = mvc.perform(get("/en/trainer/events/" + id).session(staff)).andReturn();
		assertThat(staffRead.getResponse().getStatus()).isIn(403, 404);
		assertThat(staffRead.getResponse().getContentAsString()).doesNotContain("Fatou");

		MockHttpSession admin = SignIn.as(mvc, "admin");
		assertThat(body(get("/en/trainer/events/" + id + "/participants/" + pid).session(admin))).contains("Fatou Ndiaye", "fatou@example.org");
		assertThat(body(get("/en/trainer/events/" + id).session(trainer))).contains("Fatou Ndiaye");
		TrainingEvent event = events.findById(id).orElseThrow();
		assertThat(reads.of(event)).extracting(DataReads.Read::action).contains("list", "view");
		assertThat(reads.of(event)).extracting(DataReads.Read::participantId).contains(pid);
	}

	@Test
	void aCsvWithBadRowsImportsNothingUntilOnlyTheCleanRowsAreConfirmed() throws Exception {
		String module = EventFixtures.module(contentImport, manual, "csv");
		MockHttpSession trainer = SignIn.as(mvc, "trainer");
		long id = EventFixtures.createEvent(mvc, trainer, EventFixtures.trainerId(accounts), module, LocalDate.now(),
				LocalDate.now(), 10);
		String csv = "name,organisation,kind,email,phone,consent\nAwa Sow,Mairie,local-authority,awa@example.org,,yes\n"
				+ "Ben,NGO,spaceship,ben@example.org,,yes\nCleo,NGO,partner,cleo@example.org,,no\nDan,Red Crescent,civil-society,,,yes\n";
		MvcResult refused = mvc.perform(multipart("/en/trainer/events/" + id + "/import")
			.file(new MockMultipartFile("file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.session(trainer).with(csrf())).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		String report = refused.getResponse().getContentAsString();
		assertThat(report).contains("2 of 4 rows cannot be imported. Nothing was imported.", "Choose the kind of organisation.",
				"Consent is needed", "<td>3</td>", "<td>4</td>", "Import only the 2 correct rows");
		assertThat(participants.findByEventIdOrderByRegisteredAtAscIdAsc(id)).isEmpty();

		mvc.perform(post("/en/trainer/events/" + id + "/import").param("csv", csv).param("cleanRowsOnly", "true")
			.session(trainer).with(csrf())).andReturn();
		assertThat(participants.findByEventIdOrderByRegisteredAtAscIdAsc(id)).extracting(Participant::name)
			.containsExactly("Awa Sow", "Dan");
		assertThat(participants.findByEventIdOrderByRegisteredAtAscIdAsc(id)).extracting(Participant::source).containsOnly("import");

		MvcResult notUtf8 = mvc.perform(multipart("/en/trainer/events/" + id + "/import")
			.file(new MockMultipartFile("file", "list.csv", "text/csv", "name\nS\u00e9gou".getBytes(StandardCharsets.ISO_8859_1)))
			.session(trainer).with(csrf())).andReturn();
		assertThat(notUtf8.getResponse().getStatus()).isEqualTo(400);
		assertThat(notUtf8.getResponse().getContentAsString()).contains("cannot be read as CSV in UTF-8");
	}

	@Test
	void retentionErasesPersonalDataAndTheReportStaysTheSame() throws Exception {
		String module = EventFixtures.module(contentImport, manual, "keep");
		MockHttpSession trainer = SignIn.as(mvc, "trainer");
		LocalDate start = LocalDate.now().minusYears(3);
		long id = EventFixtures.createEvent(mvc, trainer, EventFixtures.trainerId(accounts), module, start, start.plusDays(1), 2);
		mvc.perform(person(post("/en/trainer/events/" + id + "/participants").session(trainer), "Old One", "old1@example.org"));
		mvc.perform(person(post("/en/trainer/events/" + id + "/participants").session(trainer), "Old Two", "old2@example.org"));
		List<Participant> people = participants.findByEventIdOrderByRegisteredAtAscIdAsc(id);
		mvc.perform(post("/en/trainer/events/" + id + "/attendance/" + start).session(trainer).with(csrf())
			.param("present", String.valueOf(people.get(0).id())).param("present", String.valueOf(people.get(1).id())));
		mvc.perform(post("/en/trainer/events/" + id + "/attendance/" + start.plusDays(1)).session(trainer).with(csrf())
			.param("present", String.valueOf(people.get(0).id())));
		mvc.perform(post("/en/trainer/events/" + id + "/participants/" + people.get(0).id() + "/tests/" + module + "/pre")
			.session(trainer).with(csrf()).param("q.q1", "0"));
		mvc.perform(post("/en/trainer/events/" + id + "/participants/" + people.get(1).id() + "/tests/" + module + "/post")
			.session(trainer).with(csrf()).param("q.q1", "0").param("q.q2", "1"));
		String token = people.get(0).token();
		mvc.perform(post("/en/events/p/" + token + "/evaluation").with(csrf()).param("content", "4").param("facilitation", "5")
			.param("materials", "3").param("usefulness", "4").param("organisation", "2").param("comments", "Name me: Old One"));
		EventReport before = reports.report(events.findById(id).orElseThrow(), org.fieldguide.platform.Language.EN);
		assertThat(before.certificates()).isEqualTo(1);

		assertThat(retention.eraseExpired(LocalDate.now())).isGreaterThanOrEqualTo(1);
		TrainingEvent erased = events.findById(id).orElseThrow();
		assertThat(erased.dataErasedAt()).isNotNull();
		assertThat(participants.findByEventIdOrderByRegisteredAtAscIdAsc(id)).allSatisfy(p -> {
			assertThat(p.erased()).isTrue();
			assertThat(p.name()).isNull();
			assertThat(p.email()).isNull();
			assertThat(p.token()).isNull();
		});
		EventReport after = reports.report(erased, org.fieldguide.platform.Language.EN);
		assertThat(after).usingRecursiveComparison().ignoringFields("comments").isEqualTo(before);
		assertThat(after.comments()).isEmpty();
		assertThat(mvc.perform(get("/en/events/p/" + token)).andReturn().getResponse().getStatus()).isEqualTo(404);
		String page = body(get("/en/trainer/events/" + id + "/report").session(trainer));
		assertThat(page).doesNotContain("Old One");
		assertThat(body(get("/en/trainer/dashboard").session(trainer))).contains("Niger", String.valueOf(start.getYear()));
	}

	@Test
	void aParticipantsDataAreExportedAndErasedOnRequest() throws Exception {
		String module = EventFixtures.module(contentImport, manual, "ask");
		MockHttpSession trainer = SignIn.as(mvc, "trainer");
		long id = EventFixtures.createEvent(mvc, trainer, EventFixtures.trainerId(accounts), module, LocalDate.now(),
				LocalDate.now(), 5);
		mvc.perform(person(post("/en/trainer/events/" + id + "/participants").session(trainer), "Grace Obi", "grace@example.org"));
		long pid = participants.findByEventIdAndEmail(id, "grace@example.org").orElseThrow().id();
		MvcResult export = mvc.perform(get("/en/trainer/events/" + id + "/participants/" + pid + "/export.csv").session(trainer)).andReturn();
		assertThat(export.getResponse().getContentType()).startsWith("text/csv");
		assertThat(export.getResponse().getContentAsString()).contains("name,Grace Obi", "email,grace@example.org");
		mvc.perform(post("/en/trainer/events/" + id + "/participants/" + pid + "/erase").session(trainer).with(csrf()));
		Participant erased = participants.findById(pid).orElseThrow();
		assertThat(erased.erased()).isTrue();
		assertThat(erased.name()).isNull();
		assertThat(erased.kind()).isEqualTo(OrganisationKind.PARTNER);
		assertThat(reads.of(events.findById(id).orElseThrow())).extracting(DataReads.Read::action).contains("export", "erase");
	}

	private static MockHttpServletRequestBuilder person(MockHttpServletRequestBuilder request, String name, String email) {
		return request.with(csrf()).param("name", name).param("organisation", "Some organisation").param("kind", "PARTNER")
			.param("email", email).param("consent", "true");
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
