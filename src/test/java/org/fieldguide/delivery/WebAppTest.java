package org.fieldguide.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Visibility;
import org.fieldguide.content.StarterGuide;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The manifest, the service worker script, the offline page and the list behind "Keep this category offline". */
@FieldguideTest
class WebAppTest {

	private static final GuideSnapshot STARTER = StarterGuide.snapshot();

	@Autowired
	MockMvc mvc;

	@Test
	void eachLanguageHasAManifestInItsOwnLanguageAndDirection() throws Exception {
		for (Language language : Language.values()) {
			MockHttpServletResponse response = perform(get("/" + language.code() + "/manifest.webmanifest"), null);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("application/manifest+json");
			String json = response.getContentAsString();
			assertThat((String) JsonPath.read(json, "$.lang")).isEqualTo(language.code());
			assertThat((String) JsonPath.read(json, "$.dir")).isEqualTo(language == Language.AR ? "rtl" : "ltr");
			assertThat((String) JsonPath.read(json, "$.start_url")).isEqualTo("/" + language.code() + "/");
			assertThat((String) JsonPath.read(json, "$.scope")).isEqualTo("/");
			assertThat((String) JsonPath.read(json, "$.display")).isEqualTo("standalone");
			assertThat((String) JsonPath.read(json, "$.theme_color")).isEqualTo("#0d3b48");
			assertThat((String) JsonPath.read(json, "$.short_name")).isEqualTo("Fieldguide");
		}
		String en = perform(get("/en/manifest.webmanifest"), null).getContentAsString();
		String fr = perform(get("/fr/manifest.webmanifest"), null).getContentAsString();
		String ar = perform(get("/ar/manifest.webmanifest"), null).getContentAsString();
		assertThat((String) JsonPath.read(en, "$.name")).isEqualTo("Fieldguide: a practical guide for migrant centres");
		assertThat((String) JsonPath.read(fr, "$.name")).contains("guide pratique");
		assertThat((String) JsonPath.read(ar, "$.name")).contains("دليل عملي");
	}

	@Test
	void manifestIconsAreServedInTheSizesTheyClaim() throws Exception {
		List<Map<String, String>> icons = JsonPath.read(perform(get("/es/manifest.webmanifest"), null).getContentAsString(),
				"$.icons");
		assertThat(icons).extracting(i -> i.get("sizes")).contains("any", "192x192", "512x512");
		assertThat(icons).extracting(i -> i.get("purpose")).contains("maskable");
		for (Map<String, String> icon : icons) {
			MockHttpServletResponse file = perform(get(icon.get("src")), null);
			assertThat(file.getStatus()).as(icon.get("src")).isEqualTo(200);
			assertThat(file.getContentType()).as(icon.get("src")).startsWith(icon.get("type"));
			byte[] bytes = file.getContentAsByteArray();
			if (icon.get("type").equals("image/png")) {
				int side = Integer.parseInt(icon.get("sizes").split("x")[0]);
				// a PNG's width and height are the two big-endian ints after its 8-byte signature and IHDR header
				assertThat(java.nio.ByteBuffer.wrap(bytes, 16, 8).getInt()).as(icon.get("src")).isEqualTo(side);
				assertThat(java.nio.ByteBuffer.wrap(bytes, 20, 4).getInt()).as(icon.get("src")).isEqualTo(side);
			}
		}
	}

	@Test
	void everyPageLinksItsManifestThemeColourAndTheOfflineScript() throws Exception {
		Document page = Jsoup.parse(perform(get("/ar/toolkit/centre-management"), null).getContentAsString());
		assertThat(page.select("link[rel=manifest]").attr("href")).isEqualTo("/ar/manifest.webmanifest");
		assertThat(page.select("meta[name=theme-color]").attr("content")).isEqualTo("#0d3b48");
		assertThat(page.select("script[src*=/assets/js/offline]").hasAttr("defer")).isTrue();
		assertThat(page.select("script:not([src])")).isEmpty();
	}

	@Test
	void serviceWorkerIsJavaScriptAtTheRootThatIsAlwaysRevalidated() throws Exception {
		for (MockHttpSession session : new MockHttpSession[] { null, SignIn.as(mvc, "staff") }) {
			MockHttpServletResponse response = perform(get("/sw.js"), session);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("text/javascript");
			assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
			assertThat(response.getHeader("Service-Worker-Allowed")).isEqualTo("/");
			assertThat(response.getContentAsString()).contains("addEventListener('fetch'").contains("public");
		}
		// the CSP lets the worker and the manifest load from this site (through default-src and script-src)
		String csp = perform(get("/en/"), null).getHeader("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'").contains("script-src 'self'");
	}

	@Test
	void offlinePageSaysWhatToDoInEachLanguage() throws Exception {
		Map<Language, String> titles = Map.of(Language.EN, "You are offline", Language.FR, "Vous êtes hors connexion",
				Language.ES, "No tiene conexión", Language.AR, "أنت غير متصل بالإنترنت");
		for (Language language : Language.values()) {
			MockHttpServletResponse response = perform(get("/" + language.code() + "/offline"), null);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).contains("public");
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.select("html").attr("lang")).isEqualTo(language.code());
			assertThat(page.select("html").attr("dir")).isEqualTo(language.dir());
			assertThat(page.select("h1").text()).isEqualTo(titles.get(language));
			assertThat(page.select(".offline-steps li")).hasSize(3);
			assertThat(page.select("[data-kept-pages]")).hasSize(1);
		}
		assertThat(perform(get("/xx/offline"), null).getStatus()).isEqualTo(404);
	}

	@Test
	void categoryPageOffersToKeepItOfflineOnlyOnceScriptHasChecked() throws Exception {
		Document page = Jsoup.parse(perform(get("/fr/toolkit/administration"), null).getContentAsString());
		var box = page.selectFirst("[data-keep-offline]");
		assertThat(box).isNotNull();
		assertThat(box.hasAttr("hidden")).isTrue();
		assertThat(box.attr("data-list")).isEqualTo("/fr/toolkit/administration/offline.json");
		assertThat(box.selectFirst("button[data-keep]").text()).isEqualTo("Garder cette catégorie hors connexion");
		assertThat(box.attr("data-msg-progress")).contains("{0}").contains("{1}");
	}

	@Test
	void offlineListHoldsThePublicEntriesAndFilesOfTheCategoryInThePageLanguage() throws Exception {
		String json = perform(get("/en/toolkit/administration/offline.json"), null).getContentAsString();
		List<String> pages = JsonPath.read(json, "$.listing.pages[*].url");
		List<String> files = JsonPath.read(json, "$.listing.files[*].url");
		List<String> publicEntries = STARTER.entries()
			.stream()
			.filter(e -> e.category().equals("administration") && e.visibility() == Visibility.PUBLIC)
			.map(e -> "/en/toolkit/administration/" + e.slug())
			.toList();
		assertThat(pages.get(0)).isEqualTo("/en/toolkit/administration");
		assertThat(pages.subList(1, pages.size())).containsExactlyInAnyOrderElementsOf(publicEntries);
		assertThat(files).isNotEmpty().allMatch(f -> f.startsWith("/files/") && f.contains("/en/"));
		assertThat((String) JsonPath.read(json, "$.summary"))
			.isEqualTo(pages.size() + " pages and " + files.size() + " files kept offline");
		for (String file : files) {
			assertThat(perform(get(file), null).getStatus()).as(file).isEqualTo(200);
		}

		String french = perform(get("/fr/toolkit/administration/offline.json"), null).getContentAsString();
		assertThat((String) JsonPath.read(french, "$.summary")).endsWith("disponibles hors connexion");
		List<String> frenchPages = JsonPath.read(french, "$.listing.pages[*].url");
		assertThat(frenchPages).hasSameSizeAs(pages).allMatch(p -> p.startsWith("/fr/"));
	}

	@Test
	void offlineListNeverHoldsStaffContentEvenForASignedInStaffMember() throws Exception {
		MockHttpSession staff = SignIn.as(mvc, "staff");
		List<String> staffPaths = new ArrayList<>();
		STARTER.entries()
			.stream()
			.filter(e -> e.visibility() == Visibility.STAFF)
			.forEach(e -> staffPaths.add("/toolkit/" + e.category() + "/" + e.slug()));
		STARTER.resources()
			.stream()
			.filter(r -> r.visibility() == Visibility.STAFF)
			.forEach(r -> staffPaths.add("/files/" + r.slug() + "/"));
		assertThat(staffPaths).isNotEmpty();
		// the staff member does see staff entries on the page itself: the list leaves them out on purpose
		assertThat(perform(get("/en/toolkit/administration"), staff).getContentAsString())
			.contains("/en/toolkit/administration/incident-reporting-chain");
		for (Language language : Language.values()) {
			for (String category : List.of("administration", "centre-management", "information-management",
					"protection-and-assistance")) {
				MockHttpServletResponse response = perform(
						get("/" + language.code() + "/toolkit/" + category + "/offline.json"), staff);
				assertThat(response.getStatus()).isEqualTo(200);
				String json = response.getContentAsString();
				for (String staffPath : staffPaths) {
					assertThat(json).as(category + " in " + language).doesNotContain(staffPath);
				}
			}
		}
	}

	@Test
	void unknownCategoryOrLanguageIsNotFound() throws Exception {
		assertThat(perform(get("/en/toolkit/no-such-category/offline.json"), null).getStatus()).isEqualTo(404);
		assertThat(perform(get("/xx/toolkit/administration/offline.json"), null).getStatus()).isEqualTo(404);
		assertThat(perform(get("/xx/manifest.webmanifest"), null).getStatus()).isEqualTo(404);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

}
