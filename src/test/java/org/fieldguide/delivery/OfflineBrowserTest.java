package org.fieldguide.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fieldguide.Chromium;
import org.fieldguide.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reading without a connection in a real Chromium: the service worker takes control, visited and kept
 * pages open with the network cut, other pages show the offline page, and nothing read while signed in
 * survives sign-out. Service workers need a secure context, so the app is addressed as localhost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineBrowserTest {


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
	void visitedPagesOpenWithoutANetworkAndOthersShowTheOfflinePage() {
		BrowserContext context = browser.newContext();
		Page page = context.newPage();
		controlled(page, "/en/");
		assertThat(page.evaluate("navigator.serviceWorker.controller.scriptURL")).isEqualTo(url("/sw.js"));
		page.navigate(url("/en/toolkit/centre-management/typologies-of-facilities"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Typologies of facilities");

		offline(context, page);
		page.navigate(url("/en/toolkit/centre-management/typologies-of-facilities"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Typologies of facilities");
		assertThat(page.locator("link[rel=stylesheet]").count()).isEqualTo(1);
		assertThat(page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor"))
			.as("the stylesheet came from the worker's cache").isEqualTo("rgb(13, 59, 72)");

		page.navigate(url("/fr/toolkit/centre-management/never-visited"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Vous êtes hors connexion");
		page.navigate(url("/en/about"));
		assertThat(page.locator("h1").textContent()).isEqualTo("You are offline");
		page.locator("[data-kept-pages] a").first().waitFor();
		assertThat(page.locator("[data-kept-pages] a").allTextContents()).contains("Typologies of facilities");
		assertThat(page.locator("[data-kept-none]").isHidden()).isTrue();
		page.setViewportSize(360, 740);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("offline-page-en.png")).setFullPage(true));
		page.navigate(url("/ar/phases/running"));
		assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");
		page.locator("[data-kept-pages] a").first().waitFor();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("offline-page-ar.png")).setFullPage(true));
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
		context.close();
	}

	@Test
	void aKeptCategoryOpensOfflineWithItsFilesAndCanBeRemovedAgain() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740));
		Page page = context.newPage();
		controlled(page, "/ar/toolkit/administration");
		assertThat(page.locator("[data-keep-offline]").isVisible()).isTrue();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("category-keep-ar.png")).setFullPage(true));

		page.navigate(url("/en/toolkit/administration"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep this category offline")).click();
		// waiting with locators: the page's CSP forbids the eval that polling functions need
		page.locator("[data-status]", new Page.LocatorOptions().setHasText("kept offline")).waitFor();
		String status = page.locator("[data-status]").textContent();
		assertThat(status).matches("\\d+ pages and \\d+ files kept offline");
		assertThat(page.locator("[data-remove]").isVisible()).isTrue();
		assertThat(page.locator("[data-keep]").textContent()).isEqualTo("Update the offline copy");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("category-kept-en.png")).setFullPage(true));
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
		List<String> problems = new ArrayList<>();
		new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze()
			.getViolations()
			.forEach(v -> problems.add(v.getId() + " " + v.getNodes().get(0).getHtml()));
		assertThat(problems).isEmpty();
		String file = (String) page.evaluate("caches.open('fieldguide-kept-v1').then(c => c.keys())"
				+ ".then(k => k.map(r => new URL(r.url).pathname).find(p => p.startsWith('/files/')))");
		assertThat(file).as("a resource file was kept").isNotNull();

		offline(context, page);
		page.navigate(url("/en/toolkit/administration/human-resources"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Human resources and staffing");
		page.navigate(url("/en/toolkit/administration/incident-reporting-chain"));
		assertThat(page.locator("h1").textContent()).as("a staff entry is never kept").isEqualTo("You are offline");
		Object bytes = page.evaluate("f => fetch(f).then(r => r.arrayBuffer()).then(b => b.byteLength)", file);
		assertThat(((Number) bytes).intValue()).as(file).isGreaterThan(200);

		context.setOffline(false);
		page.navigate(url("/en/toolkit/administration"));
		page.locator("[data-remove]").waitFor();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the offline copy")).click();
		page.locator("[data-status]", new Page.LocatorOptions().setHasText("removed")).waitFor();
		assertThat(page.locator("[data-remove]").isHidden()).isTrue();
		offline(context, page);
		page.navigate(url("/en/toolkit/administration/cooperation-frameworks"));
		assertThat(page.locator("h1").textContent()).isEqualTo("You are offline");
		context.close();
	}

	@Test
	void nothingReadWhileSignedInOpensOfflineAfterSignOut() {
		BrowserContext context = browser.newContext();
		Page page = context.newPage();
		controlled(page, "/en/toolkit/administration/cooperation-frameworks");
		page.navigate(url("/en/login"));
		page.getByLabel("Account name").fill("staff");
		page.getByLabel("Password").fill(SignIn.DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
		page.navigate(url("/en/toolkit/administration/incident-reporting-chain"));
		assertThat(page.locator("h1").textContent()).isEqualTo("Incident reporting chain");
		page.navigate(url("/en/toolkit/administration/human-resources"));
		assertThat(page.locator(".account-links").textContent()).contains("Demo staff member");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		page.waitForURL(url("/en/"));
		Object pagesKept = page.evaluate("caches.open('fieldguide-pages-v1').then(c => c.keys()).then(k => k.map(r => r.url))");
		assertThat(pagesKept.toString()).doesNotContain("incident-reporting-chain").doesNotContain("human-resources");

		offline(context, page);
		page.navigate(url("/en/toolkit/administration/incident-reporting-chain"));
		assertThat(page.locator("h1").textContent()).isEqualTo("You are offline");
		assertThat(page.content()).doesNotContain("Demo staff member").doesNotContain("safeguarding focal point");
		page.navigate(url("/en/toolkit/administration/human-resources"));
		assertThat(page.locator("h1").textContent()).isEqualTo("You are offline");
		context.close();
	}

	/**
	 * Cuts the network and empties the browser's own HTTP cache (which may keep public pages for five
	 * minutes), so that whatever opens now comes from the service worker.
	 */
	private static void offline(BrowserContext context, Page page) {
		context.setOffline(true);
		context.newCDPSession(page).send("Network.clearBrowserCache");
	}

	/** Opens a page and waits until the service worker controls it (first visit: after it has installed). */
	private void controlled(Page page, String path) {
		page.navigate(url(path));
		page.evaluate("navigator.serviceWorker.ready.then(() => true)");
		page.reload();
		Object controlled = page.evaluate("navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller"
				+ " || new Promise(r => navigator.serviceWorker.addEventListener('controllerchange', r))).then(() => true)");
		assertThat(controlled).isEqualTo(true);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
