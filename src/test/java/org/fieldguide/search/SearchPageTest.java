package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search page as a reader uses it: highlighted snippets, facets that narrow, typo tolerance, accent
 * folding, results from other languages with a notice, a helpful empty page, suggestions, odd input that
 * never fails — and the visibility policy inside the query: no staff hit, snippet, count or suggestion
 * for anonymous visitors, all of them for staff.
 */
@FieldguideTest
class SearchPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void resultsHaveHighlightedSnippetsKindsAndPhases() throws Exception {
		Document page = page("/en/search?q=data%20protection", null);
		assertThat(page.select("ol.hit-list li.hit").first().select("h3 a").attr("href"))
			.isEqualTo("/en/toolkit/information-management/data-protection");
		assertThat(page.select(".snippet mark")).isNotEmpty();
		assertThat(page.select(".hit .kind").eachText()).contains("Guidance");
		assertThat(page.select(".hit .badge")).isNotEmpty();
		assertThat(page.select("#results-heading").text()).contains("results for \"data protection\"");
	}

	@Test
	void facetsNarrowTheResultsAndTheirCountsAddUp() throws Exception {
		Document all = page("/en/search?q=register", null);
		long total = count(all);
		String toolFacet = all.select(".facets a[href*=type=tool]").attr("href");
		assertThat(toolFacet).isNotEmpty();
		String shown = all.select(".facets a[href*=type=tool] .count").text().replaceAll("\\D", "");
		Document tools = page(toolFacet, null);
		assertThat(count(tools)).isEqualTo(Long.parseLong(shown)).isLessThan(total);
		assertThat(tools.select(".hit .kind").eachText()).containsOnly("Tool");
		assertThat(tools.select(".facets [aria-current] a").text()).isEqualTo("remove");
	}

	@Test
	void typosAccentsAndOtherLanguages() throws Exception {
		assertThat(page("/en/search?q=registraton", null).select(".hit h3 a").eachAttr("href"))
			.contains("/en/toolkit/information-management/registration-of-beneficiaries");
		assertThat(page("/fr/search?q=protection%20des%20donnees", null).select(".hit h3 a").first().attr("href"))
			.isEqualTo("/fr/toolkit/information-management/data-protection");
		Document crossLanguage = page("/en/search?q=" + enc("المستفيدين"), null);
		assertThat(crossLanguage.select("p.notice[role=status]").text()).contains("other languages");
		assertThat(count(crossLanguage)).isPositive();
	}

	@Test
	void wordsInsideTheFilesAreFoundAndStaffFilesOnlyByStaff() throws Exception {
		assertThat(page("/en/search?q=unobstructed", null).select(".hit h3 a").eachAttr("href"))
			.anyMatch(href -> href.startsWith("/files/logistics-warehouse-good-practice/"));
		assertThat(page("/en/search?q=disciplinary", null).select(".hit h3 a").eachAttr("href"))
			.noneMatch(href -> href.contains("staff-recruitment-reference-check-form"));
		MockHttpSession staff = SignIn.as(mvc, "staff");
		assertThat(page("/en/search?q=disciplinary", staff).select(".hit h3 a").eachAttr("href"))
			.anyMatch(href -> href.contains("staff-recruitment-reference-check-form"));
	}

	@Test
	void aSearchThatFindsNothingHelps() throws Exception {
		Document none = page("/es/search?q=zzqqxxw", null);
		assertThat(none.select(".no-results h2").text()).contains("zzqqxxw");
		assertThat(none.select(".no-results a").eachAttr("href")).contains("/es/resources", "/es/");
	}

	@Test
	void oddInputGetsANormalPage() throws Exception {
		for (String odd : List.of("title:\"unbalanced", "a:b AND (c OR", "*?~^", "\\", "%", "\u0000\u0007data",
				"x".repeat(10_000), "data ".repeat(2_000), "\"\"\"", "", "[1 TO 5]", "/regex/")) {
			MockHttpServletResponse response = mvc.perform(get("/en/search").param("q", odd)).andReturn().getResponse();
			assertThat(response.getStatus()).as(odd.length() > 30 ? odd.substring(0, 30) : odd).isEqualTo(200);
		}
		for (String query : List.of("q=data&page=-1", "q=data&page=1000000000", "q=data&page=abc",
				"q=data&category=nope&phase=never&type=x&language=zz", "q=data&page=99999999999999999999")) {
			assertThat(mvc.perform(get("/en/search?" + query)).andReturn().getResponse().getStatus()).as(query).isEqualTo(200);
		}
		Document beyond = page("/en/search?q=data&page=1000000000", null);
		assertThat(beyond.select("nav.pager span").text()).contains("Page 4 of 4".substring(0, 5));
	}

	@Test
	void anonymousVisitorsGetNoStaffHitSnippetCountOrSuggestion() throws Exception {
		String staffTitle = "Incident reporting chain";
		Document anonymous = page("/en/search?q=" + enc("incident reporting chain"), null);
		assertThat(anonymous.select("main").text()).doesNotContain("internal chain for reporting incidents");
		assertThat(anonymous.select(".hit h3").eachText()).doesNotContain(staffTitle, "Incident report form");
		String anonymousCount = anonymous.select(".facets a[href*=category=administration] .count").text();

		MockHttpSession staff = SignIn.as(mvc, "staff");
		Document asStaff = page("/en/search?q=" + enc("incident reporting chain"), staff);
		assertThat(asStaff.select(".hit h3").eachText()).contains(staffTitle);
		String staffCount = asStaff.select(".facets a[href*=category=administration] .count").text();
		assertThat(Integer.parseInt(staffCount.replaceAll("\\D", "")))
			.isGreaterThan(anonymousCount.isEmpty() ? 0 : Integer.parseInt(anonymousCount.replaceAll("\\D", "")));

		String anonymousSuggestions = mvc.perform(get("/en/search/suggest").param("q", "incident rep"))
			.andReturn().getResponse().getContentAsString();
		assertThat(anonymousSuggestions).doesNotContain(staffTitle);
		String staffSuggestions = mvc.perform(get("/en/search/suggest").param("q", "incident rep").session(staff))
			.andReturn().getResponse().getContentAsString();
		assertThat(staffSuggestions).contains(staffTitle);
	}

	@Test
	void suggestionsWhileTypingAndAPageThatWorksWithoutThem() throws Exception {
		String fragment = mvc.perform(get("/en/search/suggest").param("q", "regis")).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(fragment).select("ul.suggestions a").eachText()).contains("Registration of beneficiaries");
		Document page = page("/en/search", null);
		assertThat(page.select("form[role=search][method=get] input[name=q]")).isNotEmpty();
		assertThat(page.select("input[hx-get]").attr("hx-get")).isEqualTo("/en/search/suggest");
		assertThat(mvc.perform(get("/en/search/suggest").param("q", "r")).andReturn().getResponse().getContentAsString()
			.strip()).isEmpty();
	}

	@Test
	void theHomePageSearchBoxLeadsHere() throws Exception {
		Document home = page("/fr/", null);
		assertThat(home.select("form[role=search]").attr("action")).isEqualTo("/fr/search");
		assertThat(home.select("form[role=search] input").attr("name")).isEqualTo("q");
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		var request = get(java.net.URI.create(path));
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static long count(Document page) {
		String heading = page.select("#results-heading").text();
		return heading.isEmpty() ? 0 : Long.parseLong(heading.replaceAll("^\\D*(\\d+).*$", "$1"));
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
