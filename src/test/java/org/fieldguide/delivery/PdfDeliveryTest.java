package org.fieldguide.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Visibility;
import org.fieldguide.content.StarterGuide;
import org.fieldguide.guide.GuideChanged;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PDFs on the real application with the starter guide: what they contain (cover, contents with page
 * numbers, key points, resources), that they hold exactly what the viewer may read, Arabic shaped with an
 * embedded font, conditional requests, and clear answers to bad addresses.
 */
@FieldguideTest
class PdfDeliveryTest {

	static final GuideSnapshot STARTER = StarterGuide.snapshot();

	@Autowired
	MockMvc mvc;

	@Autowired
	PdfCache cache;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anEntryPdfHasCoverContentsKeyPointsAndResources() throws Exception {
		EntryData entry = publicEntryWithResources();
		EntryText text = entry.texts().get(Language.EN);
		MockHttpServletResponse response = fetch("/en/toolkit/" + entry.category() + "/" + entry.slug() + ".pdf", null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("inline; filename=\"fieldguide-en-" + entry.category() + "-" + entry.slug() + ".pdf\"");
		assertThat(response.getHeader("ETag")).matches("\"[0-9a-f]{32}\"");
		assertThat(response.getHeader("Last-Modified")).isNotBlank();
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String cover = text(pdf, 1, 1);
			assertThat(cover).contains("Fieldguide", text.title(), "English", "http://localhost/en/toolkit/");
			int page = tocPage(text(pdf, 2, 2), text.title());
			assertThat(page).isGreaterThan(2);
			String entryPage = flat(text(pdf, page, page));
			assertThat(entryPage).contains(text.title(), "Key points", flat(text.keyPoints().get(0)));
			assertThat(entryPage).containsPattern("Page " + page + " of " + pdf.getNumberOfPages());
			assertThat(text(pdf, 1, pdf.getNumberOfPages())).contains("Resources and tools")
				.containsPattern("http://localhost/files/[a-z0-9-]+/[a-z]{2}/\\S+");
		}
	}

	@Test
	void theHtmlPagesKeepTheirAddressesAndLinkToThePdfs() throws Exception {
		EntryData entry = publicEntryWithResources();
		String entryPath = "/en/toolkit/" + entry.category() + "/" + entry.slug();
		MockHttpServletResponse page = fetch(entryPath, null);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentType()).startsWith("text/html");
		assertThat(Jsoup.parse(page.getContentAsString()).select("a[href=" + entryPath + ".pdf]").text())
			.contains("Download this entry as PDF", "(PDF file)");
		String categoryPath = "/fr/toolkit/" + entry.category();
		assertThat(Jsoup.parse(fetch(categoryPath, null).getContentAsString()).select("a[href=" + categoryPath + ".pdf]"))
			.isNotEmpty();
		assertThat(Jsoup.parse(fetch("/ar/", null).getContentAsString()).select("a[href=/ar/guide.pdf]").text())
			.contains("PDF");
		MockHttpServletResponse category = fetch(categoryPath + ".pdf", null);
		assertThat(category.getStatus()).isEqualTo(200);
		assertThat(category.getContentType()).isEqualTo("application/pdf");
	}

	@Test
	void theGuideHoldsStaffEntriesForStaffOnly() throws Exception {
		String anonymous = flat(pdfText("/en/guide.pdf", null));
		for (EntryData entry : STARTER.entries()) {
			EntryText text = entry.texts().get(Language.EN);
			if (entry.visibility() == Visibility.PUBLIC) {
				assertThat(anonymous).as("public " + entry.slug()).contains(flat(text.title()));
			}
		}
		for (String secret : staffSecrets()) {
			assertThat(anonymous).as("anonymous guide").doesNotContain(secret);
		}
		MockHttpSession staff = SignIn.as(mvc, "staff");
		MockHttpServletResponse response = fetch("/en/guide.pdf", staff);
		assertThat(response.getHeader("Cache-Control")).contains("private");
		String forStaff = flat(text(response.getContentAsByteArray()));
		for (EntryData entry : staffEntries()) {
			assertThat(forStaff).as("staff " + entry.slug()).contains(flat(entry.texts().get(Language.EN).title()));
		}
	}

	@Test
	void aStaffEntryPdfGetsTheReadersRefusal() throws Exception {
		EntryData entry = staffEntries().get(0);
		String path = "/es/toolkit/" + entry.category() + "/" + entry.slug();
		MockHttpServletResponse pdf = fetch(path + ".pdf", null);
		MockHttpServletResponse page = fetch(path, null);
		assertThat(pdf.getStatus()).isEqualTo(page.getStatus()).isEqualTo(302);
		assertThat(pdf.getRedirectedUrl()).endsWith("/es/login?required");
		assertThat(pdf.getContentAsByteArray()).isEmpty();
		MockHttpSession staff = SignIn.as(mvc, "staff");
		assertThat(text(fetch(path + ".pdf", staff).getContentAsByteArray()))
			.contains(entry.texts().getOrDefault(Language.ES, entry.texts().get(Language.EN)).title());
	}

	@Test
	void anArabicPdfIsShapedAndEmbedsItsFont() throws Exception {
		EntryData entry = STARTER.entries()
			.stream()
			.filter(e -> e.visibility() == Visibility.PUBLIC && e.texts().containsKey(Language.AR))
			.findFirst()
			.orElseThrow();
		String title = entry.texts().get(Language.AR).title();
		MockHttpServletResponse response = fetch("/ar/toolkit/" + entry.category() + "/" + entry.slug() + ".pdf", null);
		assertThat(response.getStatus()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = Normalizer.normalize(text(pdf, 1, pdf.getNumberOfPages()), Normalizer.Form.NFKC);
			String word = java.util.Arrays.stream(title.split("\\s+")).filter(w -> w.length() >= 4).findFirst().orElseThrow();
			assertThat(text).contains(word).contains("العربية");
			Set<String> fonts = new HashSet<>();
			for (PDPage page : pdf.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					if (font.isEmbedded()) {
						fonts.add(font.getName());
					}
				}
			}
			assertThat(fonts).anyMatch(f -> f.contains("NotoNaskhArabic"));
		}
	}

	@Test
	void aRepeatedRequestIsAnsweredNotModified() throws Exception {
		MockHttpServletResponse first = fetch("/fr/toolkit/administration.pdf", null);
		String etag = first.getHeader("ETag");
		MockHttpServletResponse second = mvc.perform(get("/fr/toolkit/administration.pdf").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(second.getStatus()).isEqualTo(304);
		assertThat(second.getContentAsByteArray()).isEmpty();
		assertThat(second.getHeader("ETag")).isEqualTo(etag);
		MockHttpServletResponse other = mvc.perform(get("/fr/toolkit/administration.pdf").header("If-None-Match", "\"x\""))
			.andReturn()
			.getResponse();
		assertThat(other.getStatus()).isEqualTo(200);
		assertThat(other.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
	}

	@Test
	void aCommittedChangeRebuildsTheCachedCopyAndARolledBackOneDoesNot() throws Exception {
		String path = "/es/toolkit/administration.pdf";
		MockHttpServletResponse first = fetch(path, null);
		long built = cache.builds();
		fetch(path, null);
		assertThat(cache.builds()).as("served from the cache").isEqualTo(built);

		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			events.publishEvent(new GuideChanged("a test change that is rolled back"));
			status.setRollbackOnly();
		});
		fetch(path, null);
		assertThat(cache.builds()).as("nothing committed, nothing rebuilt").isEqualTo(built);

		transaction.executeWithoutResult(status -> events.publishEvent(new GuideChanged("a test change")));
		MockHttpServletResponse after = fetch(path, null);
		assertThat(cache.builds()).as("rebuilt after the change").isEqualTo(built + 1);
		assertThat(after.getDateHeader("Last-Modified")).isGreaterThanOrEqualTo(first.getDateHeader("Last-Modified"));
		assertThat(text(after.getContentAsByteArray())).contains("Administración");
	}

	@Test
	void badAddressesAreNotFound() throws Exception {
		for (String path : List.of("/xx/guide.pdf", "/en/toolkit/no-such-category.pdf",
				"/en/toolkit/administration/no-such-entry.pdf", "/en/toolkit/no-such/human-resources.pdf",
				"/zz/toolkit/administration/human-resources.pdf", "/en/toolkit/Administration.pdf",
				"/en/toolkit/administration/human-resources.pdf.pdf")) {
			assertThat(fetch(path, null).getStatus()).as(path).isEqualTo(404);
		}
	}

	/** The page number the contents give for a title. */
	static int tocPage(String contents, String title) {
		Matcher m = Pattern.compile(Pattern.quote(title) + "[\\s.]*(\\d+)").matcher(contents);
		assertThat(m.find()).as("contents list " + title + ": " + contents).isTrue();
		return Integer.parseInt(m.group(1));
	}

	MockHttpServletResponse fetch(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		if ("application/pdf".equals(response.getContentType())) {
			// kept for a look: target/pdf-samples/en/guide.pdf and so on
			java.nio.file.Path sample = java.nio.file.Path.of("target/pdf-samples" + path);
			java.nio.file.Files.createDirectories(sample.getParent());
			java.nio.file.Files.write(sample, response.getContentAsByteArray());
		}
		return response;
	}

	String pdfText(String path, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = fetch(path, session);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return text(response.getContentAsByteArray());
	}

	static String text(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return text(pdf, 1, pdf.getNumberOfPages());
		}
	}

	static String text(PDDocument pdf, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(pdf);
	}

	/** Text with every run of white space as one space, as lines wrap differently in a PDF. */
	static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	static EntryData publicEntryWithResources() {
		Set<String> withResources = new HashSet<>();
		STARTER.resources()
			.stream()
			.filter(r -> r.visibility() == Visibility.PUBLIC && !r.files().isEmpty())
			.forEach(r -> withResources.addAll(r.entries()));
		return STARTER.entries()
			.stream()
			.filter(e -> e.visibility() == Visibility.PUBLIC && e.parent() == null && withResources.contains(e.slug())
					&& !e.texts().get(Language.EN).keyPoints().isEmpty())
			.findFirst()
			.orElseThrow();
	}

	static List<EntryData> staffEntries() {
		return STARTER.entries().stream().filter(e -> e.visibility() == Visibility.STAFF).toList();
	}

	/** Titles, summaries and key points of staff entries, and the titles of staff resources. */
	static List<String> staffSecrets() {
		List<String> secrets = new ArrayList<>();
		for (EntryData entry : staffEntries()) {
			for (EntryText t : entry.texts().values()) {
				secrets.add(flat(t.title()));
				secrets.add(flat(t.summary()));
				t.keyPoints().forEach(k -> secrets.add(flat(k)));
			}
		}
		STARTER.resources()
			.stream()
			.filter(r -> r.visibility() == Visibility.STAFF)
			.forEach(r -> r.texts().values().forEach(t -> secrets.add(flat(t.title()))));
		assertThat(secrets).hasSizeGreaterThan(20);
		return secrets;
	}

}
