package org.fieldguide.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fieldguide.FieldguideTest;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Every public page answers in every language with the right title, language and direction. */
@FieldguideTest
class ReaderPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntryRepository entries;

	static Stream<Arguments> pages() {
		List<Arguments> pages = new ArrayList<>();
		for (Language language : Language.values()) {
			String l = "/" + language.code();
			for (String path : List.of("/", "/toolkit/administration", "/toolkit/centre-management",
					"/toolkit/protection-and-assistance", "/toolkit/information-management", "/phases/set-up",
					"/phases/running", "/phases/phase-out", "/resources", "/resources?type=tool&language=fr", "/about")) {
				pages.add(Arguments.of(language, l + path));
			}
		}
		return pages.stream();
	}

	@ParameterizedTest
	@MethodSource("pages")
	void pageAnswersInItsLanguage(Language language, String path) throws Exception {
		Document page = page(path, 200);
		assertLanguage(page, language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ar" })
	void everyPublicEntryAnswersInEveryLanguage(String code) throws Exception {
		Language language = Language.fromCode(code).orElseThrow();
		for (Entry entry : entries.findAllReadable(false)) {
			String path = "/" + code + "/toolkit/" + entry.category().slug() + "/" + entry.slug();
			Document page = page(path, 200);
			assertLanguage(page, language);
			assertThat(page.select("nav.breadcrumb li")).as(path).hasSizeGreaterThanOrEqualTo(3);
			assertThat(page.select(".entry-body h2")).as(path).isNotEmpty();
			assertThat(page.select(".key-points li")).as(path).isNotEmpty();
			assertThat(page.select("time[datetime]")).as(path).hasSize(1);
			assertThat(page.select("link[rel=alternate][hreflang=en]")).as(path).hasSize(1);
		}
	}

	@Test
	void everyEntryPageWithItsStylesheetIsUnder40KilobytesCompressed() throws Exception {
		int css = gzipped(mvc.perform(get("/assets/css/site.css")).andReturn().getResponse().getContentAsByteArray());
		int largest = 0;
		for (Language language : Language.values()) {
			for (Entry entry : entries.findAllReadable(false)) {
				String path = "/" + language.code() + "/toolkit/" + entry.category().slug() + "/" + entry.slug();
				largest = Math.max(largest, gzipped(mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray()));
			}
		}
		assertThat(css).isGreaterThan(1000);
		assertThat(largest + css).isLessThan(40 * 1024);
	}

	private static int gzipped(byte[] bytes) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.size();
	}

	@Test
	void entryPageShowsResourcesWithTypeLanguageFormatAndSize() throws Exception {
		Document page = page("/en/toolkit/administration/human-resources", 200);
		assertThat(page.select(".resource")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(page.select(".resource .resource-type").first().text()).isNotBlank();
		assertThat(page.select(".files a[href^=/files/]").first().text()).containsPattern("(PDF|DOCX|XLSX|ODT|ODS|CSV) · \\d+ (B|KB|MB) · ");
		assertThat(page.select(".field-note .field-note-label").text()).contains("From the field");
	}

	@Test
	void missingTranslationFallsBackToEnglishWithANotice() throws Exception {
		Document page = page("/ar/toolkit/administration/human-resources", 200);
		assertLanguage(page, Language.AR);
		assertThat(page.select("p.notice[role=note]").text()).isNotBlank();
		assertThat(page.select("article").attr("lang")).isEqualTo("en");
		assertThat(page.select("article").attr("dir")).isEqualTo("ltr");
		assertThat(page.select("nav.languages a[hreflang=ar]").hasClass("untranslated")).isTrue();
		assertThat(page.select("link[rel=alternate][hreflang=ar]")).isEmpty();
	}

	@Test
	void translatedEntryHasNoNotice() throws Exception {
		Document arabic = page("/ar/toolkit/information-management/data-protection", 200);
		assertThat(arabic.select("p.notice")).isEmpty();
		assertThat(arabic.select("article").attr("lang")).isEmpty();
		assertThat(arabic.select("link[rel=alternate][hreflang]")).hasSize(5);
		Document spanish = page("/es/toolkit/information-management/needs-assessments", 200);
		assertThat(spanish.select("p.notice")).isEmpty();
	}

	@Test
	void rootRedirectsByAcceptLanguage() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/").header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getHeader("Location")).isEqualTo("/es/");
		assertThat(mvc.perform(get("/").header("Accept-Language", "de-DE, *;q=0.1")).andReturn().getResponse().getHeader("Location"))
			.isEqualTo("/en/");
		assertThat(mvc.perform(get("/").header("Accept-Language", ";;;=garbage")).andReturn().getResponse().getStatus())
			.isEqualTo(302);
	}

	@Test
	void unknownLanguageOrSlugGetsAHelpful404() throws Exception {
		Document unknownLanguage = page("/xx/toolkit/administration", 404);
		assertThat(unknownLanguage.select("main a[href=/en/]")).isNotEmpty();
		Document unknownEntry = page("/fr/toolkit/administration/no-such-entry", 404);
		assertLanguage(unknownEntry, Language.FR);
		assertThat(unknownEntry.select("main a[href=/fr/]")).isNotEmpty();
		assertThat(unknownEntry.title()).isNotBlank();
		Document arabic = page("/ar/toolkit/no-such-category", 404);
		assertLanguage(arabic, Language.AR);
		page("/en/toolkit/information-management/human-resources", 404);
		page("/en/phases/closing", 404);
		for (String path : List.of("/en/no/such/page/at/all", "/EN/", "/en/phases/", "/fr/toolkit/")) {
			Document missing = page(path, 404);
			assertThat(missing.title()).as(path).isNotBlank();
			assertThat(missing.select("main a[href$=/]")).as(path).isNotEmpty();
		}
		assertLanguage(page("/fr/nothing/here", 404), Language.FR);
		page("/files/no-such-resource/en/file.pdf", 404);
	}

	@Test
	void malformedFiltersAreIgnoredWithANotice() throws Exception {
		Document page = page("/fr/resources?type=weapon&phase=%00&language=zz&category=%22%3E%3Cscript%3E", 200);
		assertThat(page.select("p.notice[role=alert]").text()).isNotBlank();
		assertThat(page.html()).doesNotContain("<script>");
		assertThat(page.select(".resource")).hasSizeGreaterThan(20);
		Document narrowed = page("/en/resources?type=tool&category=administration&phase=running&language=fr", 200);
		assertThat(narrowed.select("p.notice")).isEmpty();
		assertThat(narrowed.select(".resource")).isNotEmpty()
			.allSatisfy(r -> assertThat(r.select(".resource-type").text()).isEqualTo("Tool"));
		assertThat(narrowed.select("input[name=type][value=tool][checked]")).hasSize(1);
	}

	@Test
	void pagesCarrySecurityHeadersAndLoadNothingFromOtherHosts() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/en/toolkit/administration/human-resources")).andReturn().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("script[src], link[href], img[src]"))
			.allSatisfy(e -> assertThat(e.attr("href") + e.attr("src")).doesNotStartWith("//").satisfiesAnyOf(
					v -> assertThat(v).startsWith("/"), v -> assertThat(e.attr("rel")).isEqualTo("alternate")));
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("a.skip[href=#main]")).hasSize(1);
	}

	private Document page(String path, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		response.setCharacterEncoding("UTF-8");
		return Jsoup.parse(response.getContentAsString());
	}

	private static void assertLanguage(Document page, Language language) {
		assertThat(page.select("html").attr("lang")).isEqualTo(language.code());
		assertThat(page.select("html").attr("dir")).isEqualTo(language.dir());
		assertThat(page.title()).isNotBlank().endsWith("Fieldguide");
		assertThat(page.select("h1")).hasSize(1);
	}

}
