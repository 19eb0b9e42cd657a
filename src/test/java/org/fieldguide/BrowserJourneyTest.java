package org.fieldguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A French-speaking reader in a real Chromium: home page, a category, an entry, and a download of one
 * of the entry's resources.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTest {


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
	void frenchReaderOpensACategoryAnEntryAndDownloadsAResource() throws Exception {
		Page page = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("fr-FR")).newPage();
		page.navigate("http://127.0.0.1:" + port + "/");
		assertThat(page.url()).endsWith("/fr/");
		assertThat(page.getAttribute("html", "lang")).isEqualTo("fr");

		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Services de protection et d'assistance"))
			.click();
		assertThat(page.url()).endsWith("/fr/toolkit/protection-and-assistance");
		assertThat(page.locator("h1").textContent()).isEqualTo("Services de protection et d'assistance");

		page.locator(".entry-list .card h3 a").first().click();
		assertThat(page.url()).contains("/fr/toolkit/protection-and-assistance/");
		assertThat(page.locator(".field-note").count()).isGreaterThanOrEqualTo(1);
		assertThat(page.locator("p.notice").count()).isZero();

		Download download = page.waitForDownload(() -> page.locator(".files a").first().click());
		Path saved = download.path();
		assertThat(download.suggestedFilename()).matches("[a-z0-9.-]+\\.(pdf|docx|xlsx|odt|ods|csv)");
		assertThat(Files.size(saved)).isGreaterThan(200);
	}

	@Test
	void staffMemberIsSentToSignInLandsOnTheEntryAndDownloadsItsStaffTool() throws Exception {
		Page page = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("en-GB")).newPage();
		page.navigate("http://127.0.0.1:" + port + "/en/toolkit/administration");
		page.locator("section.locked a", new Page.LocatorOptions().setHasText("Incident reporting chain")).click();
		assertThat(page.url()).endsWith("/en/login?required");
		assertThat(page.locator("p.notice").textContent()).contains("Sign in to read it");

		page.getByLabel("Account name").fill("staff");
		page.getByLabel("Password").fill(SignIn.DEMO_PASSWORD);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in").setExact(true))
			.click();
		assertThat(page.url()).contains("/en/toolkit/administration/incident-reporting-chain");
		assertThat(page.locator("h1").textContent()).isEqualTo("Incident reporting chain");
		assertThat(page.locator(".account-links").textContent()).contains("Demo staff member");

		Download download = page.waitForDownload(
				() -> page.locator(".files a[href*='/files/incident-report-form/en/']").click());
		assertThat(download.suggestedFilename()).isEqualTo("incident-report-form.en.docx");
		assertThat(Files.size(download.path())).isGreaterThan(2000);

		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
			.click();
		page.navigate("http://127.0.0.1:" + port + "/en/toolkit/administration/incident-reporting-chain");
		assertThat(page.url()).endsWith("/en/login?required");
	}

	@Test
	void signInAndAdministrationPagesMeetWcag21AaInEnglishAndArabic() {
		Page page = browser.newContext().newPage();
		List<String> problems = new java.util.ArrayList<>();
		for (String language : List.of("en", "ar")) {
			page.navigate("http://127.0.0.1:" + port + "/" + language + "/login?error=credentials");
			check(page, problems);
		}
		page.locator("#username").fill("admin");
		page.locator("#password").fill(SignIn.DEMO_PASSWORD);
		page.locator("form.stacked button[type=submit]").click();
		for (String language : List.of("en", "ar")) {
			for (String path : List.of("/account", "/admin/accounts", "/admin/accounts/new", "/admin/sign-ins",
					"/toolkit/administration")) {
				page.navigate("http://127.0.0.1:" + port + "/" + language + path);
				assertThat(page.url()).as(path).doesNotContain("/login");
				check(page, problems);
			}
			page.navigate("http://127.0.0.1:" + port + "/" + language + "/admin/accounts");
			page.locator("tbody a").first().click();
			check(page, problems);
		}
		assertThat(problems).isEmpty();
	}

	private static void check(Page page, List<String> problems) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
		results.getViolations()
			.forEach(v -> problems.add(page.url() + ": " + v.getId() + " " + v.getNodes().get(0).getHtml()));
	}

	@Test
	void suggestionsAppearWhileTypingAndTheFormStillSubmits() {
		Page page = browser.newPage();
		page.navigate("http://127.0.0.1:" + port + "/en/search");
		page.locator("#search-q").pressSequentially("regist", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
		page.locator("#suggestions a").first().waitFor();
		assertThat(page.locator("#suggestions a").allTextContents()).contains("Registration of beneficiaries");
		page.locator("#search-q").press("Enter");
		page.waitForURL("**/en/search?q=regist");
		assertThat(page.locator(".hit").count()).isPositive();
	}

	@Test
	void pagesFitA360PixelPhoneWithoutSideScrolling() {
		Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(360, 740));
		for (String language : List.of("en", "fr", "es", "ar")) {
			for (String path : List.of("/", "/login", "/toolkit/centre-management", "/toolkit/centre-management/typologies-of-facilities",
					"/toolkit/information-management/data-protection", "/resources", "/phases/running", "/about", "/search?q=data")) {
				page.navigate("http://127.0.0.1:" + port + "/" + language + path);
				Object width = page.evaluate("document.documentElement.scrollWidth");
				assertThat(((Number) width).intValue()).as(language + path).isLessThanOrEqualTo(360);
			}
		}
	}

	@Test
	void pagesMeetWcag21AaInEveryLanguage() {
		Page page = browser.newPage();
		List<String> problems = new java.util.ArrayList<>();
		List<String> all = List.of("/", "/toolkit/administration", "/toolkit/centre-management/typologies-of-facilities",
				"/toolkit/information-management/data-protection", "/resources?type=tool", "/phases/set-up", "/about",
				"/search?q=data", "/search?q=registraton&type=tool", "/search?q=zzqqx", "/toolkit/no-such-page");
		// every page in both directions, the pages with translated content in the other two languages
		Map<String, List<String>> pages = Map.of("en", all, "ar", all, "fr",
				List.of("/", "/toolkit/centre-management/typologies-of-facilities"), "es",
				List.of("/", "/toolkit/information-management/data-protection"));
		for (String language : pages.keySet()) {
			for (String path : pages.get(language)) {
				page.navigate("http://127.0.0.1:" + port + "/" + language + path);
				AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
					.analyze();
				results.getViolations()
					.forEach(v -> problems.add(language + path + ": " + v.getId() + " " + v.getNodes().get(0).getHtml()));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void skipLinkIsTheFirstThingTheKeyboardReaches() {
		Page page = browser.newPage();
		page.navigate("http://127.0.0.1:" + port + "/ar/");
		page.keyboard().press("Tab");
		assertThat((String) page.evaluate("document.activeElement.className")).isEqualTo("skip");
		assertThat((String) page.evaluate("getComputedStyle(document.documentElement).direction")).isEqualTo("rtl");
	}

}
