package org.fieldguide.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Accounts;
import org.fieldguide.content.ContentImport;
import org.fieldguide.content.TrainingPackages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The training pages with a small module imported: programme, agenda, session; facilitator notes only
 * for trainers and staff; staff-only entries never linked for anonymous readers; entry ↔ session links.
 */
@FieldguideTest
class TrainingPagesTest {

	private static final String STAFF_ENTRY = "/toolkit/administration/incident-reporting-chain";

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentImport contentImport;

	@Autowired
	ManualImport manualImport;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void manual() {
		ManualFixture.ensure(contentImport, manualImport);
	}

	private MockHttpServletResponse read(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = read(path, session);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void theProgrammeListsModulesWithTheirAudience() throws Exception {
		Document programme = page("/en/training", null);
		assertThat(programme.select("a[href=/en/training/fixture-module]").text()).isEqualTo("fixture module");
		assertThat(programme.text()).contains("For centre staff").contains("2 sessions").contains("7 h");
		assertThat(programme.select("a[href=/en/training/manual.pdf]")).hasSize(1);
		assertThat(programme.select("a[href=/en/training/manual-facilitator.pdf]")).isEmpty();
		assertThat(page("/en/", null).select("a[href=/en/training]")).as("navigation and home page").hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void theModulePageLaysTheAgendaOutInDays() throws Exception {
		Document module = page("/fr/training/fixture-module", null);
		assertThat(module.select("h1").text()).isEqualTo("Module fixture");
		var days = module.select(".agenda-day");
		assertThat(days).hasSize(2);
		assertThat(days.get(0).select("h3").text()).contains("Jour 1").contains("4 h");
		assertThat(days.get(0).select("li a").eachText()).containsExactly("Doter un centre en personnel");
		assertThat(days.get(1).select("li a").eachText()).containsExactly("Reporting incidents");
	}

	@Test
	void anAnonymousReaderSeesTheSessionWithoutNotesOrStaffOnlyEntries() throws Exception {
		MockHttpServletResponse response = read(ManualFixture.SESSION, null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).contains("public");
		Document session = Jsoup.parse(response.getContentAsString());
		assertThat(session.select("h1").text()).isEqualTo("Staffing a centre");
		assertThat(session.select(".key-points li").eachText()).containsExactly("Explain the staffing plan.",
				"Fill in the template.");
		assertThat(session.text()).contains("4 h").contains("Group work").contains("Pairs fill in the template");
		assertThat(session.select("a[href=/en/toolkit/administration/human-resources]")).hasSize(1);
		assertThat(session.select("a[href=/en" + STAFF_ENTRY + "]")).as("staff-only entry").isEmpty();
		assertThat(session.select("a[href^=/files/hr-staffing-plan-template/]")).isNotEmpty();
		assertThat(response.getContentAsString()).doesNotContain("secret-facilitator-tip").doesNotContain("Facilitator notes");
	}

	@Test
	void aSignedInReaderWithoutARoleDoesNotSeeTheNotes() throws Exception {
		if (accounts.search("plain-trainee", 0, 1).isEmpty()) {
			accounts.createLocal("plain-trainee", "Pat Trainee", "pat@org.example", "amber kettle harbour 47", Set.of());
		}
		MockHttpSession plain = SignIn.as(mvc, "plain-trainee", "amber kettle harbour 47");
		MockHttpServletResponse response = read(ManualFixture.SESSION, plain);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).doesNotContain("secret-facilitator-tip");
		assertThat(response.getContentAsString()).doesNotContain("/en" + STAFF_ENTRY + "\"");
	}

	@Test
	void trainersAndStaffSeeTheNotesOnAPrivatePage() throws Exception {
		for (String who : new String[] { "trainer", "staff" }) {
			MockHttpServletResponse response = read(ManualFixture.SESSION, SignIn.as(mvc, who));
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(who).startsWith("private");
			Document session = Jsoup.parse(response.getContentAsString());
			assertThat(session.select(".facilitator-notes").text()).as(who).contains(TrainingPackages.NOTES);
			assertThat(session.select("a[href=/en" + STAFF_ENTRY + "]")).as(who + " may read the staff entry").hasSize(1);
		}
		Document programme = page("/en/training", SignIn.as(mvc, "trainer"));
		assertThat(programme.select("a[href=/en/training/manual-facilitator.pdf]")).hasSize(1);
	}

	@Test
	void aMissingTranslationFallsBackToEnglishWithANotice() throws Exception {
		Document fr = page("/fr/training/fixture-module/fixture-two", null);
		assertThat(fr.select("article").attr("lang")).isEqualTo("en");
		assertThat(fr.select(".notice").text()).isNotBlank();
		assertThat(page("/fr/training/fixture-module/fixture-one", null).select("h1").text())
			.isEqualTo("Doter un centre en personnel");
	}

	@Test
	void unknownModulesAndSessionsAreNotFound() throws Exception {
		assertThat(read("/en/training/no-such-module", null).getStatus()).isEqualTo(404);
		assertThat(read("/en/training/fixture-module/no-such-session", null).getStatus()).isEqualTo(404);
		assertThat(read("/en/training/no-such-module/fixture-one", null).getStatus()).isEqualTo(404);
	}

	@Test
	void anEntryPageLinksToTheSessionsThatTeachIt() throws Exception {
		Document entry = page("/en/toolkit/administration/human-resources", null);
		var aside = entry.select("#training-sessions-heading").parents().first();
		assertThat(aside.text()).contains("Taught in these training sessions");
		assertThat(aside.select("a[href=" + ManualFixture.SESSION + "]").text()).isEqualTo("Staffing a centre");
		assertThat(aside.select("a[href=/en/training/fixture-module/fixture-two]")).hasSize(1);
		Document other = page("/en/toolkit/administration/monitoring-and-evaluation", null);
		assertThat(other.select("a[href^=/en/training/fixture-module/]")).as("an entry no fixture session teaches").isEmpty();
	}

}
