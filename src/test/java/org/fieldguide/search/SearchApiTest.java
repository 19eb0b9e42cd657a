package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/search}: the page's results as JSON, the same visibility, 400 problems, the OpenAPI document. */
@FieldguideTest
class SearchApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theApiReturnsWhatThePageShows() throws Exception {
		String json = json("/api/v1/search?q=registration&lang=fr&page=1", null, 200);
		List<String> apiUrls = JsonPath.read(json, "$.hits[*].url");
		String html = mvc.perform(get("/fr/search").param("q", "registration")).andReturn().getResponse()
			.getContentAsString();
		assertThat(apiUrls).isEqualTo(Jsoup.parse(html).select(".hit h3 a").eachAttr("href"));
		assertThat((Integer) JsonPath.read(json, "$.total")).isPositive();
		assertThat((List<?>) JsonPath.read(json, "$.facets.category")).isNotEmpty();
		assertThat((String) JsonPath.read(json, "$.lang")).isEqualTo("fr");
		String tools = json("/api/v1/search?q=registration&type=tool", null, 200);
		assertThat((List<String>) JsonPath.read(tools, "$.hits[*].type")).containsOnly("tool");
	}

	@Test
	void restrictedItemsOnlyForStaff() throws Exception {
		String anonymous = json("/api/v1/search?q=incident%20reporting%20chain", null, 200);
		assertThat((List<String>) JsonPath.read(anonymous, "$.hits[*].slug")).doesNotContain("incident-reporting-chain");
		assertThat(anonymous).doesNotContain("internal chain for reporting");
		MockHttpSession staff = SignIn.as(mvc, "staff");
		String asStaff = json("/api/v1/search?q=incident%20reporting%20chain", staff, 200);
		assertThat((List<String>) JsonPath.read(asStaff, "$.hits[*].slug")).contains("incident-reporting-chain");
	}

	@Test
	void badParametersGetAProblemThatSaysWhich() throws Exception {
		for (String[] bad : List.of(new String[] { "/api/v1/search", "q" },
				new String[] { "/api/v1/search?q=%20%00", "q" }, new String[] { "/api/v1/search?q=data&lang=de", "lang" },
				new String[] { "/api/v1/search?q=data&page=-1", "page" },
				new String[] { "/api/v1/search?q=data&page=1000000000", "page" },
				new String[] { "/api/v1/search?q=data&page=x", "page" },
				new String[] { "/api/v1/search?q=data&category=nope", "category" },
				new String[] { "/api/v1/search?q=data&phase=later", "phase" },
				new String[] { "/api/v1/search?q=data&type=poster", "type" },
				new String[] { "/api/v1/search?q=data&language=xx", "language" })) {
			MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(bad[0]))).andReturn().getResponse();
			assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
			assertThat((String) JsonPath.read(response.getContentAsString(), "$.parameter")).isEqualTo(bad[1]);
			assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
		}
		for (String odd : List.of("title:\"x", "a AND (b", "*", "x".repeat(10_000))) {
			assertThat(mvc.perform(get("/api/v1/search").param("q", odd)).andReturn().getResponse().getStatus()).isEqualTo(200);
		}
	}

	@Test
	void theOpenApiDocumentDescribesTheParametersTheApiTakes() throws Exception {
		String spec = json("/api/v1/openapi.json", null, 200);
		assertThat((String) JsonPath.read(spec, "$.openapi")).startsWith("3.1");
		List<String> names = JsonPath.read(spec, "$.paths['/api/v1/search'].get.parameters[*].name");
		assertThat(names).containsExactlyInAnyOrder("q", "lang", "category", "phase", "type", "language", "page");
		List<String> types = JsonPath.read(spec, "$.paths['/api/v1/search'].get.parameters[?(@.name=='type')].schema.enum[*]");
		assertThat(types).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(org.fieldguide.guide.ResourceType.values())
			.map(org.fieldguide.guide.ResourceType::slug).toList());
	}

	private String json(String path, MockHttpSession session, int status) throws Exception {
		var request = get(java.net.URI.create(path));
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		return response.getContentAsString();
	}

}
