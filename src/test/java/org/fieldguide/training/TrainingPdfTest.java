package org.fieldguide.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Accounts;
import org.fieldguide.content.ContentImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The manual as PDF, read back with PDFBox: the participant edition holds no facilitator notes and no
 * staff-only entries for an anonymous reader; the facilitator edition is for trainers and staff only.
 */
@FieldguideTest
class TrainingPdfTest {

	/** A sentence of the starter manual's facilitator notes (safe staffing and incident reporting). */
	private static final String STARTER_NOTE = "collect any printed copies of the incident form";

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

	private MockHttpServletResponse fetch(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private record Pdf(String text, List<String> links, Set<String> fonts, int pages) {
	}

	private static Pdf read(MockHttpServletResponse response) throws IOException {
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			List<String> links = new ArrayList<>();
			Set<String> fonts = new HashSet<>();
			for (PDPage page : pdf.getPages()) {
				for (PDAnnotation a : page.getAnnotations()) {
					if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
						links.add(uri.getURI());
					}
				}
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name).getName());
				}
			}
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			return new Pdf(text, links, fonts, pdf.getNumberOfPages());
		}
	}

	@Test
	void theParticipantEditionHasNoNotesAndNoStaffOnlyEntries() throws Exception {
		Pdf pdf = read(fetch("/en/training/manual.pdf", null));
		assertThat(pdf.text()).contains("Training manual").contains("Participant edition")
			.contains("Safe staffing").contains("Staffing a centre");
		assertThat(pdf.text()).doesNotContain(STARTER_NOTE).doesNotContain("secret-facilitator-tip")
			.doesNotContain("Facilitator notes");
		assertThat(pdf.links()).anyMatch(l -> l.endsWith("/en/toolkit/administration/human-resources"));
		assertThat(pdf.links()).noneMatch(l -> l.endsWith(STAFF_ENTRY));
		assertThat(pdf.pages()).isGreaterThan(14);
	}

	@Test
	void theFacilitatorEditionHasTheNotesForTrainersAndStaff() throws Exception {
		Pdf trainer = read(fetch("/en/training/manual-facilitator.pdf", SignIn.as(mvc, "trainer")));
		assertThat(trainer.text()).contains("Facilitator notes").contains(STARTER_NOTE).contains("secret-facilitator-tip");
		assertThat(trainer.links()).anyMatch(l -> l.endsWith(STAFF_ENTRY));
		Pdf staff = read(fetch("/fr/training/manual-facilitator.pdf", SignIn.as(mvc, "staff")));
		assertThat(staff.text()).contains("Notes pour le formateur");
		Pdf participant = read(fetch("/en/training/manual.pdf", SignIn.as(mvc, "trainer")));
		assertThat(participant.text()).as("the participant edition, even for a trainer").doesNotContain(STARTER_NOTE);
	}

	@Test
	void theFacilitatorEditionIsRefusedToOthers() throws Exception {
		MockHttpServletResponse anonymous = fetch("/en/training/manual-facilitator.pdf", null);
		assertThat(anonymous.getStatus()).as("anonymous: sign in first").isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).contains("login");
		if (accounts.search("plain-pdf-reader", 0, 1).isEmpty()) {
			accounts.createLocal("plain-pdf-reader", "Pia Reader", "pia@org.example", "walnut ferry lantern 63", Set.of());
		}
		MockHttpServletResponse plain = fetch("/en/training/manual-facilitator.pdf",
				SignIn.as(mvc, "plain-pdf-reader", "walnut ferry lantern 63"));
		assertThat(plain.getStatus()).as("signed in without a role").isEqualTo(403);
		assertThat(plain.getContentAsString()).doesNotStartWith("%PDF");
	}

	@Test
	void arabicUsesTheArabicFontAndRepeatRequestsAreAnsweredFromTheCache() throws Exception {
		MockHttpServletResponse first = fetch("/ar/training/manual.pdf", null);
		Pdf ar = read(first);
		assertThat(ar.fonts()).anyMatch(f -> f.contains("NotoNaskhArabic"));
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		MockHttpServletResponse again = mvc.perform(get("/ar/training/manual.pdf").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
	}

}
