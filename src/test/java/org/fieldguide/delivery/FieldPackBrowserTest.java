package org.fieldguide.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import org.fieldguide.Chromium;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The packs page in a real Chromium at phone width, with JavaScript off as a reader might have it: no
 * accessibility violations in English and Arabic, the error next to the form, and ticking boxes then
 * submitting downloads the pack. Screenshots go to {@code target/screenshots/packs-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fieldguide.offline.build-wait=180s")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldPackBrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	Chromium chromium;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		chromium = Chromium.start();
		browser = chromium.browser();
	}

	@AfterAll
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aReaderTicksAPhaseAndACategoryAndGetsTheZipWithoutJavaScript() throws Exception {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
			.setJavaScriptEnabled(false)
			.setAcceptDownloads(true)
			.setServiceWorkers(ServiceWorkerPolicy.BLOCK));
		// axe runs as a script, so the same pages are checked in a context where scripts may run (running it
		// with JavaScript disabled hung now and then)
		BrowserContext checks = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
			.setServiceWorkers(ServiceWorkerPolicy.BLOCK));
		Page page = context.newPage();
		Page checked = checks.newPage();
		Files.createDirectories(SCREENSHOTS);
		for (String lang : List.of("en", "ar")) {
			page.navigate(url("/" + lang + "/packs"));
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("packs-" + lang + ".png"))
				.setFullPage(true));
			checked.navigate(url("/" + lang + "/packs"));
			assertThat(violations(checked)).as(lang).isEmpty();
			assertThat((Boolean) checked.evaluate("document.documentElement.scrollWidth <= 360")).as(lang + " fits")
				.isTrue();
		}

		page.navigate(url("/en/packs"));
		page.locator("button[type=submit]").last().click();
		assertThat(page.locator("#pack-error").textContent()).contains("Choose at least one");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("packs-error-en.png")));
		checked.navigate(page.url());
		assertThat(checked.locator("#pack-error").textContent()).contains("Choose at least one");
		assertThat(violations(checked)).isEmpty();
		checks.close();

		page.locator("#phase-set-up").check();
		page.locator("#category-administration").check();
		page.locator("#format-zip").check();
		Download download = page.waitForDownload(() -> page.locator("form.pack-form button[type=submit]").click());
		assertThat(download.suggestedFilename()).matches("fieldguide-pack-en-\\d{4}-\\d{2}-\\d{2}\\.zip");
		assertThat(download.url()).isEqualTo(url("/en/pack.zip?phase=set-up&category=administration"));
		OfflineZip zip = OfflineZip.of(Files.readAllBytes(download.path()));
		assertThat(zip.files().keySet()).anyMatch(f -> f.startsWith("toolkit/administration/"))
			.noneMatch(f -> f.startsWith("toolkit/centre-management/"));
		context.close();
	}

	private static List<String> violations(Page page) {
		List<String> problems = new ArrayList<>();
		new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.forEach(v -> problems.add(v.getId() + " " + v.getNodes().get(0).getHtml()));
		return problems;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
