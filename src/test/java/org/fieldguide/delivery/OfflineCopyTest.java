package org.fieldguide.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.fieldguide.Chromium;
import org.fieldguide.SignIn;
import org.fieldguide.access.Visibility;
import org.fieldguide.content.StarterGuide;
import org.fieldguide.guide.GuideImport;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.guide.Phase;
import org.fieldguide.platform.FieldguideProperties;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The downloadable offline copy, built from the real application on a real port (the builder reads the
 * pages back over loopback) with the starter guide: a static site whose every link resolves inside the
 * ZIP, with nothing of staff content even when staff ask for it, searchable, right-to-left in Arabic,
 * rebuilt once per change of the guide, and usable in a real Chromium from {@code file://}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "fieldguide.offline.build-wait=180s",
		"fieldguide.offline.rebuild-delay=1s" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfflineCopyTest {

	static final GuideSnapshot STARTER = StarterGuide.snapshot();

	@Autowired
	MockMvc mvc;

	@Autowired
	OfflineCopies copies;

	@Autowired
	GuideImport guideImport;

	@Autowired
	FieldguideProperties properties;

	@Test
	@Order(1)
	void staffGetTheAnonymousCopyWhoseEveryLinkResolvesInsideIt() throws Exception {
		MockHttpSession staff = SignIn.as(mvc, "staff");
		long started = System.nanoTime();
		MockHttpServletResponse response = mvc.perform(get("/en/offline.zip").session(staff)).andReturn().getResponse();
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader("Content-Disposition"))
			.matches("attachment; filename=\"fieldguide-en-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
		byte[] zip = response.getContentAsByteArray();
		assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(zip.length));
		assertThat(response.getHeader("ETag")).matches("\"[0-9a-f]{32}\"");
		assertThat(response.getHeader("Last-Modified")).isNotBlank();
		assertThat(response.getHeader("Cache-Control")).startsWith("public");
		System.out.printf("OFFLINE COPY en: %d bytes, first request (build) %d ms%n", zip.length, millis);

		Files.write(Files.createDirectories(Path.of("target", "offline-screenshots")).resolve("fieldguide-en.zip"), zip);
		OfflineZip copy = OfflineZip.of(zip);
		assertThat(copy.root()).matches("fieldguide-en-\\d{4}-\\d{2}-\\d{2}/");
		assertThat(copy.files()).containsKeys("index.html", "about.html", "resources.html", "search.html",
				"toolkit/administration.html", "phases/set-up.html", CopyTexts.CSS, CopyTexts.SEARCH_INDEX,
				CopyTexts.SEARCH_SCRIPT);
		assertThat(copy.htmlFiles()).hasSizeGreaterThan(30);
		assertThat(copy.files().keySet()).anyMatch(f -> f.startsWith("files/"));
		assertThat(copy.brokenLinks()).isEmpty();
		for (String file : copy.htmlFiles()) {
			var page = copy.page(file);
			assertThat(page.select("main .offline-note").text()).as(file).startsWith("Offline copy of ");
			assertThat(page.select(".offline-note a").attr("href")).as(file).startsWith("http://localhost/en");
			assertThat(page.select("section.locked, .account-links, nav.languages, a[href*=/login]")).as(file).isEmpty();
			assertThat(page.select("a[href^=http://localhost/]:not(.online-link)")).as(file).isEmpty();
		}
		var category = copy.page("toolkit/administration.html");
		var entryLink = category.selectFirst(".entry-list .card h3 a");
		assertThat(entryLink.attr("href")).matches("\\.\\./toolkit/administration/[a-z0-9-]+\\.html");
		assertThat(category.select("a.online-link .online-marker").text()).contains("(online)");

		String all = copy.allText();
		for (String secret : staffSecrets()) {
			assertThat(all).as("staff text in the copy").doesNotContain(secret);
		}
		for (EntryData entry : staffEntries()) {
			assertThat(copy.files().keySet()).noneMatch(f -> f.contains(entry.slug()));
		}
	}

	@Test
	@Order(2)
	void theSearchIndexMapsAWordOfAnEntrysBodyToIt() throws Exception {
		OfflineZip copy = download("/en/offline.zip");
		EntryData entry = publicEntry();
		String file = "toolkit/" + entry.category() + "/" + entry.slug() + ".html";
		String word = bodyWord(entry.texts().get(Language.EN));
		Map<String, String> words = indexWords(copy.text(CopyTexts.SEARCH_INDEX));
		assertThat(words).containsKey(file);
		assertThat(words.get(file).split(" ")).contains(OfflineSearch.fold(word));
		assertThat(words.entrySet().stream().filter(e -> List.of(e.getValue().split(" ")).contains(OfflineSearch.fold(word))))
			.isNotEmpty();

		String accented = "écrite";
		assertThat(OfflineSearch.fold("Écrite")).isEqualTo("ecrite");
		assertThat(OfflineSearch.words("L'Évaluation des BESOINS")).isEqualTo("evaluation des besoins");
		assertThat(OfflineSearch.fold("أمان")).isEqualTo(OfflineSearch.fold("امان"));
		assertThat(accented).isNotEqualTo(OfflineSearch.fold(accented));

		var search = copy.page("search.html");
		assertThat(search.select("#offline-all a[href=" + file + "]")).hasSize(1);
		assertThat(search.select("script[src]").eachAttr("src")).containsExactly(CopyTexts.SEARCH_INDEX,
				CopyTexts.SEARCH_SCRIPT);
	}

	@Test
	@Order(3)
	void theArabicCopyIsRightToLeftAndTranslated() throws Exception {
		OfflineZip copy = download("/ar/offline.zip");
		assertThat(copy.root()).startsWith("fieldguide-ar-");
		for (String file : List.of("index.html", "search.html", "toolkit/administration.html")) {
			var page = copy.page(file);
			assertThat(page.selectFirst("html").attr("dir")).as(file).isEqualTo("rtl");
			assertThat(page.selectFirst("html").attr("lang")).as(file).isEqualTo("ar");
			assertThat(page.select(".offline-note").text()).as(file).startsWith("نسخة دون اتصال");
		}
		assertThat(copy.brokenLinks()).isEmpty();
		// entries not yet in Arabic are listed in English, marked as such so that they read left to right
		assertThat(copy.page("search.html").select("#offline-all a[lang=en][dir=ltr]")).isNotEmpty();
		assertThat(copy.text(CopyTexts.SEARCH_INDEX)).contains("\"l\":\"en\",\"d\":\"ltr\"");
	}

	@Test
	@Order(4)
	void aSecondRequestRevalidatesAndUnknownLanguagesAreNotFound() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/en/offline.zip")).andReturn().getResponse();
		int builds = copies.builds();
		MockHttpServletResponse second = mvc.perform(get("/en/offline.zip").header("If-None-Match", first.getHeader("ETag")))
			.andReturn()
			.getResponse();
		assertThat(second.getStatus()).isEqualTo(304);
		assertThat(second.getContentAsByteArray()).isEmpty();
		assertThat(mvc.perform(get("/en/offline.zip")).andReturn().getResponse().getHeader("ETag"))
			.isEqualTo(first.getHeader("ETag"));
		assertThat(copies.builds()).isEqualTo(builds);
		String home = mvc.perform(get("/en/")).andReturn().getResponse().getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(home).select("a[href=/en/offline.zip]").text())
			.matches("Download for offline use \\(ZIP, \\d+\\.\\d MB\\)");
		assertThat(mvc.perform(get("/xx/offline.zip")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	@Order(5)
	void aReaderOpensTheUnpackedCopyFromFileFollowsALinkAndFindsAnEntryBySearch(@TempDir Path folder) throws Exception {
		Path english = download("/en/offline.zip").unpackTo(folder.resolve("en"));
		Path arabic = download("/ar/offline.zip").unpackTo(folder.resolve("ar"));
		EntryData entry = publicEntry();
		String title = entry.texts().get(Language.EN).title();
		String word = bodyWord(entry.texts().get(Language.EN));
		Path shots = Files.createDirectories(Path.of("target", "offline-screenshots"));
		try (Chromium chromium = Chromium.start()) {
			Browser browser = chromium.browser();
			BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
			Page page = phone.newPage();
			page.navigate(english.resolve("index.html").toUri().toString());
			assertThat(page.locator(".offline-note").textContent()).startsWith("Offline copy of ");
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("en-home.png")));
			page.locator(".category-list a[href='toolkit/" + entry.category() + ".html']").click();
			assertThat(page.url()).endsWith("/toolkit/" + entry.category() + ".html");
			page.locator(".entry-list a", new Page.LocatorOptions().setHasText(title)).first().click();
			assertThat(page.url()).startsWith("file://").endsWith("/toolkit/" + entry.category() + "/" + entry.slug() + ".html");
			assertThat(page.locator("h1").textContent()).isEqualTo(title);
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("en-entry.png")));

			page.locator("#site-search").fill(word);
			page.locator("#site-search").press("Enter");
			assertThat(page.url()).contains("/search.html?q=");
			page.locator("#offline-results a", new Page.LocatorOptions().setHasText(title)).first().click();
			assertThat(page.url()).endsWith("/toolkit/" + entry.category() + "/" + entry.slug() + ".html");

			page.navigate(english.resolve("search.html").toUri().toString());
			page.locator("#offline-q").pressSequentially(word.substring(0, Math.min(6, word.length())).toUpperCase());
			page.locator("#offline-results a", new Page.LocatorOptions().setHasText(title)).first().waitFor();
			assertThat(page.locator("#offline-all").isHidden()).isTrue();
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("en-search.png")));

			page.navigate(arabic.resolve("index.html").toUri().toString());
			assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("ar-home.png")));
			page.locator(".category-list a").first().click();
			page.locator(".entry-list .card h3 a").first().click();
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("ar-entry.png")));
			page.navigate(arabic.resolve("search.html").toUri().toString());
			page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("ar-search.png")));
		}
	}

	@Test
	@Order(6)
	void theCopyIsRebuiltAfterAContentChangeAndTheOlderOneDeleted() throws Exception {
		String before = mvc.perform(get("/en/offline.zip")).andReturn().getResponse().getHeader("ETag");
		guideImport.add(new GuideSnapshot(List.of(), List.of(new EntryData("offline-freshness", "administration", null, 99,
				Visibility.PUBLIC, EnumSet.of(Phase.RUNNING), List.of(), List.of(), List.of(), List.of(),
				Map.of(Language.EN, new EntryText("Freshness check", "A new entry.", "Mention of quokkafieldword here.",
						List.of("One point"), null)))), List.of()));
		// rebuilt in the background, without anyone asking, for every language asked for before
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
		while ((copies.ready(Language.EN).isEmpty() || copies.ready(Language.AR).isEmpty())
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(copies.ready(Language.EN)).as("English copy rebuilt after the change").isPresent();
		assertThat(copies.ready(Language.AR)).as("Arabic copy rebuilt after the change").isPresent();
		int builds = copies.builds();
		MockHttpServletResponse after = mvc.perform(get("/en/offline.zip").header("If-None-Match", before))
			.andReturn()
			.getResponse();
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getHeader("ETag")).isNotEqualTo(before);
		OfflineZip copy = OfflineZip.of(after.getContentAsByteArray());
		assertThat(copy.files()).containsKey("toolkit/administration/offline-freshness.html");
		assertThat(indexWords(copy.text(CopyTexts.SEARCH_INDEX)).get("toolkit/administration/offline-freshness.html"))
			.contains("quokkafieldword");
		mvc.perform(get("/en/offline.zip"));
		mvc.perform(get("/ar/offline.zip"));
		assertThat(copies.builds()).as("no build per request").isEqualTo(builds);
		try (var files = Files.list(properties.dataDir().resolve("offline"))) {
			assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("en-")))
				.containsExactly(copies.ready(Language.EN).orElseThrow().file().getFileName().toString());
		}
	}

	private OfflineZip download(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return OfflineZip.of(response.getContentAsByteArray());
	}

	/** Index file → its words, read from the index script line by line. */
	static Map<String, String> indexWords(String script) {
		Pattern line = Pattern.compile("^\\{\"u\":\"([^\"]+)\".*,\"w\":\"([^\"]*)\"\\},$", Pattern.MULTILINE);
		Map<String, String> words = new java.util.HashMap<>();
		Matcher m = line.matcher(script);
		while (m.find()) {
			words.put(m.group(1), m.group(2));
		}
		assertThat(words).isNotEmpty();
		return words;
	}

	static EntryData publicEntry() {
		return STARTER.entries()
			.stream()
			.filter(e -> e.visibility() == Visibility.PUBLIC && e.parent() == null && e.category().equals("administration"))
			.findFirst()
			.orElseThrow();
	}

	/** A long word of the entry's body that is not in its title or summary. */
	static String bodyWord(EntryText text) {
		for (String word : text.markdown().split("[^\\p{L}]+")) {
			if (word.length() >= 9 && !text.title().toLowerCase().contains(word.toLowerCase())
					&& !text.summary().toLowerCase().contains(word.toLowerCase())) {
				return word;
			}
		}
		throw new IllegalStateException("no long body word in " + text.title());
	}

	static List<EntryData> staffEntries() {
		return STARTER.entries().stream().filter(e -> e.visibility() == Visibility.STAFF).toList();
	}

	/** Titles, summaries, key points and body sentences of staff entries; titles and file names of staff resources. */
	static List<String> staffSecrets() {
		List<String> secrets = new ArrayList<>();
		for (EntryData entry : staffEntries()) {
			for (EntryText t : entry.texts().values()) {
				secrets.add(t.title());
				secrets.add(t.summary());
				secrets.addAll(t.keyPoints());
				t.markdown()
					.lines()
					.filter(l -> l.length() > 60 && Character.isLetter(l.charAt(0)) && !l.matches(".*[*_`\\[<>&'\"].*"))
					.limit(3)
					.forEach(l -> secrets.add(l.substring(0, 50)));
			}
		}
		STARTER.resources().stream().filter(r -> r.visibility() == Visibility.STAFF).forEach(r -> {
			r.texts().values().forEach(t -> secrets.add(t.title()));
			r.files().values().forEach(f -> secrets.add(f.fileName()));
			secrets.add("files/" + r.slug() + "/");
		});
		assertThat(secrets).hasSizeGreaterThan(40);
		return secrets;
	}

}
