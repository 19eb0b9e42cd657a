package org.fieldguide.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.platform.FieldguideProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Resources edited in the workspace, as readers then see them: a file per language through the upload
 * checks, links limited to http(s), history with diff and restore, and who may do what.
 */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ResourceEditingTest {

	static final String ENTRY = StarterEntries.publicInFrench().getFirst().slug();

	@Autowired
	MockMvc mvc;

	@Autowired
	FieldguideProperties properties;

	@Test
	void aNewResourceWithAFileReachesReadersAndAStaffOneOnlyStaff() throws Exception {
		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		create(publisher, "water-point-checklist", "PUBLIC", "Water point checklist");
		byte[] pdf = pdf(1);
		assertThat(upload(publisher, "water-point-checklist", "en", "checklist.pdf", pdf).getStatus()).isEqualTo(302);

		String library = anonymous("/en/resources").getContentAsString();
		assertThat(library).contains("Water point checklist", "/files/water-point-checklist/en/checklist.pdf");
		MockHttpServletResponse download = anonymous("/files/water-point-checklist/en/checklist.pdf");
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);

		create(publisher, "incident-log-template", "STAFF", "Incident log template");
		assertThat(anonymous("/en/resources").getContentAsString()).doesNotContain("Incident log template");
		MockHttpSession staff = SignIn.as(mvc, "staff");
		assertThat(mvc.perform(get("/en/resources").session(staff)).andReturn().getResponse().getContentAsString())
			.contains("Incident log template");
	}

	@Test
	void aRefusedUploadChangesNothingAndLeavesNoFile() throws Exception {
		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		create(publisher, "visit-record", "PUBLIC", "Visit record");
		byte[] first = pdf(1);
		upload(publisher, "visit-record", "en", "visit-record.pdf", first);
		long storedBefore = storedFiles();

		byte[] exe = new byte[4096];
		System.arraycopy(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 }, 0, exe, 0, 8);
		MockHttpServletResponse refused = upload(publisher, "visit-record", "en", "visit-record-v2.pdf", exe);
		assertThat(refused.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("[role=alert]").text()).contains("nothing was changed",
				"The content of the file does not match its name ending .pdf");
		assertThat(storedFiles()).isEqualTo(storedBefore);
		assertThat(anonymous("/files/visit-record/en/visit-record.pdf").getContentAsByteArray()).isEqualTo(first);
		assertThat(anonymous("/files/visit-record/en/visit-record-v2.pdf").getStatus()).isEqualTo(404);

		byte[] second = pdf(2);
		assertThat(upload(publisher, "visit-record", "en", "visit-record-v2.pdf", second).getStatus()).isEqualTo(302);
		assertThat(anonymous("/files/visit-record/en/visit-record-v2.pdf").getContentAsByteArray()).isEqualTo(second);
		assertThat(anonymous("/files/visit-record/en/visit-record.pdf").getStatus()).isEqualTo(404);
	}

	@Test
	void linksMustBeHttpOrHttps() throws Exception {
		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		for (String bad : new String[] { "javascript:alert(1)", "ftp://example.org/a", "example.org", "https://" }) {
			MockHttpServletResponse response = mvc.perform(form(post("/en/editor/resources"), "bad-link", "PUBLIC",
					"Bad link").param("link", bad).session(publisher).with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).as(bad).isEqualTo(400);
			assertThat(response.getContentAsString()).contains("must be a full web address");
		}
		assertThat(mvc.perform(get("/en/editor/resources/bad-link").session(publisher)).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		MockHttpServletResponse ok = mvc.perform(form(post("/en/editor/resources"), "good-link", "PUBLIC", "Good link")
			.param("link", "https://example.org/guide").session(publisher).with(csrf())).andReturn().getResponse();
		assertThat(ok.getStatus()).isEqualTo(302);
		assertThat(anonymous("/en/resources").getContentAsString()).contains("https://example.org/guide");
	}

	@Test
	void historyDiffAndRestoreOfAResource() throws Exception {
		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		create(publisher, "shelter-plan", "PUBLIC", "Shelter plan");
		MockHttpServletResponse edited = mvc.perform(form(post("/en/editor/resources/shelter-plan"), null, "PUBLIC",
				"Shelter plan, second edition").param("comment", "new edition").session(publisher).with(csrf()))
			.andReturn().getResponse();
		assertThat(edited.getStatus()).isEqualTo(302);
		assertThat(anonymous("/en/resources").getContentAsString()).contains("Shelter plan, second edition");

		Document history = page("/en/editor/resources/shelter-plan/history", publisher);
		assertThat(history.select("table.history tbody tr")).hasSize(2);
		assertThat(history.select("table.history tbody tr:first-child").text()).contains("2", "Demo publisher", "new edition");
		Document diff = page("/en/editor/resources/shelter-plan/diff?from=1&to=2", publisher);
		assertThat(diff.select("table.diff del").eachText()).contains("title [en]: Shelter plan");
		assertThat(diff.select("table.diff ins").eachText()).contains("title [en]: Shelter plan, second edition");

		assertThat(mvc.perform(post("/en/editor/resources/shelter-plan/revisions/1/restore").session(publisher)
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous("/en/resources").getContentAsString()).contains("Shelter plan")
			.doesNotContain("Shelter plan, second edition");
		assertThat(page("/en/editor/resources/shelter-plan/history", publisher).select("table.history tbody tr:first-child")
			.text()).contains("3", "restored from revision 1");
		// every save and the restore are in the activity log, with who
		assertThat(page("/en/editor/activity?entry=resource:shelter-plan", publisher).text())
			.contains("resource:shelter-plan", "revision 2: new edition", "revision 3 from revision 1", "Demo publisher");
	}

	@Test
	void onlyPublishersChangeEditorsLookOthersAreKeptOut() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		assertThat(mvc.perform(get("/en/editor/resources").session(editor)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		Document look = page("/en/editor/resources/accountability-feedback-channels-guidance", editor);
		assertThat(look.text()).contains("Only a publisher can change categories and resources");
		assertThat(look.select("p.actions button, section.structure-files form button")).isEmpty();
		assertThat(mvc.perform(form(post("/en/editor/resources"), "by-editor", "PUBLIC", "By editor").session(editor)
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/en/editor/categories/administration/move").param("direction", "down").session(editor)
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
		MockHttpServletResponse anonymous = anonymous("/en/editor/resources");
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).contains("/login");
		MockHttpSession staff = SignIn.as(mvc, "staff");
		assertThat(mvc.perform(get("/en/editor/categories").session(staff)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(anonymous("/en/resources").getContentAsString()).doesNotContain("By editor");
	}

	private void create(MockHttpSession session, String slug, String visibility, String title) throws Exception {
		MockHttpServletResponse response = mvc.perform(form(post("/en/editor/resources"), slug, visibility, title)
			.session(session).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String slug,
			String visibility, String title) {
		if (slug != null) {
			request.param("slug", slug);
		}
		return request.param("type", "tool").param("visibility", visibility).param("title_en", title)
			.param("description_en", "Plain description.").param("entries", ENTRY).param("year", "2025");
	}

	private MockHttpServletResponse upload(MockHttpSession session, String slug, String language, String name,
			byte[] bytes) throws Exception {
		return mvc.perform(multipart("/en/editor/resources/" + slug + "/files")
			.file(new MockMultipartFile("file", name, "application/pdf", bytes)).param("tl", language)
			.session(session).with(csrf())).andReturn().getResponse();
	}

	private MockHttpServletResponse anonymous(String url) throws Exception {
		return mvc.perform(get(url)).andReturn().getResponse();
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private long storedFiles() throws IOException {
		Path root = properties.filesDir();
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	/** A real PDF with {@code pages} pages, so that each one has different bytes. */
	static byte[] pdf(int pages) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				document.addPage(new PDPage());
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
