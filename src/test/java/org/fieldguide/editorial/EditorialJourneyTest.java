package org.fieldguide.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fieldguide.Chromium;
import org.fieldguide.SignIn;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real Chromium: an editor changes an entry's French text and submits it, a publisher publishes it,
 * and an anonymous reader then sees the new text; the workspace pages pass axe and fit a phone, in
 * English and in Arabic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialJourneyTest {

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
	void editorEditsInFrenchPublisherPublishesReaderSeesIt() {
		EntryData entry = StarterEntries.publicInFrench().get(0);
		String readerPage = url(StarterEntries.path(entry, Language.FR));

		BrowserContext anonymousContext = browser.newContext();
		Page reader = anonymousContext.newPage();
		reader.navigate(readerPage);
		assertThat(reader.locator("h1").textContent()).isEqualTo(entry.texts().get(Language.FR).title());

		Page editor = signedIn("editor");
		editor.navigate(url("/en/editor"));
		editor.locator("table.editor-list tr", new Page.LocatorOptions().setHasText(entry.slug()))
			.locator("a[href$='/" + entry.slug() + "/fr']")
			.click();
		editor.getByLabel("Title").fill("Nouveau titre vérifié");
		editor.getByLabel("Text (Markdown)").fill("## Ce qui change\n\nUn texte **relu** sur le terrain.");
		editor.getByLabel("Comment for the history").fill("Relecture terrain");
		editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
		editor.locator("#preview .entry-body strong").waitFor();
		assertThat(editor.locator("#preview h1").textContent()).isEqualTo("Nouveau titre vérifié");
		editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
		assertThat(editor.locator("p.notice[role=status]").textContent()).contains("revision 2");
		editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
		assertThat(editor.locator(".revision-state strong").textContent()).isEqualTo("In review");
		assertThat(editor.locator("form[action$='/publish']").count()).isZero();

		reader.reload();
		assertThat(reader.locator("h1").textContent()).isEqualTo(entry.texts().get(Language.FR).title());

		Page publisher = signedIn("publisher");
		publisher.navigate(url("/en/editor?language=fr&status=in-review"));
		publisher.locator("a.state-in-review").first().click();
		publisher.getByLabel("What changed, in one line (shown to readers)").fill("Titre relu");
		publisher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
		assertThat(publisher.locator(".revision-state strong").textContent()).isEqualTo("Published");

		reader.reload();
		assertThat(reader.locator("h1").textContent()).isEqualTo("Nouveau titre vérifié");
		assertThat(reader.locator(".entry-body strong").textContent()).isEqualTo("relu");
		anonymousContext.close();
	}

	@Test
	void workspacePagesMeetWcag21AaAndFitAPhoneInEnglishAndArabic() {
		EntryData entry = StarterEntries.publicInFrench().get(1);
		Page page = signedIn("publisher");
		page.setViewportSize(360, 740);
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "ar")) {
			String edit = "/" + language + "/editor/entries/" + entry.slug() + "/fr";
			for (String path : List.of("/" + language + "/editor", edit, edit + "/history", edit + "/diff")) {
				page.navigate(url(path));
				assertThat(page.url()).as(path).doesNotContain("/login");
				new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
					.analyze()
					.getViolations()
					.forEach(v -> problems.add(path + ": " + v.getId() + " " + v.getNodes().get(0).getHtml()));
				Object width = page.evaluate("document.documentElement.scrollWidth");
				if (((Number) width).intValue() > 360) {
					problems.add(path + ": " + width + " px wide on a 360 px phone");
				}
				shot(page, path, "phone");
			}
		}
		assertThat(problems).isEmpty();
		page.setViewportSize(1280, 900);
		for (String language : List.of("en", "ar")) {
			String path = "/" + language + "/editor/entries/" + entry.slug() + "/fr";
			page.navigate(url(path));
			page.locator("button[value=preview]").click();
			page.locator("#preview h1").waitFor();
			shot(page, path, "desktop");
			page.navigate(url("/" + language + "/editor"));
			shot(page, "/" + language + "/editor", "desktop");
		}
	}

	/** Pictures of the pages to look at, kept under target/editorial-shots. */
	private static void shot(Page page, String path, String size) {
		String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + size + ".png";
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(java.nio.file.Path.of("target", "editorial-shots", name)));
	}

	private Page signedIn(String username) {
		Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
		page.navigate(url("/en/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(SignIn.DEMO_PASSWORD);
		page.locator("form.stacked button[type=submit]").click();
		page.waitForURL(u -> !u.contains("/login"));
		return page;
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
