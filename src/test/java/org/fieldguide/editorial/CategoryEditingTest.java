package org.fieldguide.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/** Categories created, edited, reordered and restored in the workspace, as the home page then shows them. */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CategoryEditingTest {

	@Autowired
	MockMvc mvc;

	@Test
	void createEditReorderAndRestore() throws Exception {
		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		List<String> before = homeOrder();
		assertThat(before).as(anonymous("/en/").getStatus() + anonymous("/en/").getContentAsString()).hasSizeGreaterThan(1);

		MockHttpServletResponse created = mvc.perform(post("/en/editor/categories").param("slug", "field-kitchens")
			.param("visibility", "PUBLIC").param("title_en", "Field kitchens").param("title_ar", "مطابخ ميدانية")
			.param("comment", "new topic").session(publisher).with(csrf())).andReturn().getResponse();
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
		assertThat(homeOrder()).endsWith("/en/toolkit/field-kitchens");
		assertThat(anonymous("/ar/").getContentAsString()).contains("مطابخ ميدانية");

		MockHttpServletResponse taken = mvc.perform(post("/en/editor/categories").param("slug", "field-kitchens")
			.param("visibility", "PUBLIC").param("title_en", "Again").session(publisher).with(csrf())).andReturn()
			.getResponse();
		assertThat(taken.getStatus()).isEqualTo(400);
		assertThat(taken.getContentAsString()).contains("already used");

		mvc.perform(post("/en/editor/categories/field-kitchens/move").param("direction", "up").session(publisher)
			.with(csrf()));
		List<String> moved = homeOrder();
		assertThat(moved.indexOf("/en/toolkit/field-kitchens")).isEqualTo(moved.size() - 2);

		MockHttpServletResponse bad = mvc.perform(post("/en/editor/categories/field-kitchens").param("visibility", "STAFF")
			.param("title_en", "").session(publisher).with(csrf())).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("The English title is required");
		assertThat(homeOrder()).contains("/en/toolkit/field-kitchens");

		mvc.perform(post("/en/editor/categories/field-kitchens").param("visibility", "STAFF")
			.param("title_en", "Field kitchens (staff)").param("comment", "staff only for now").session(publisher)
			.with(csrf()));
		assertThat(homeOrder()).doesNotContain("/en/toolkit/field-kitchens");
		assertThat(mvc.perform(get("/en/").session(SignIn.as(mvc, "staff"))).andReturn().getResponse()
			.getContentAsString()).contains("Field kitchens (staff)");

		var history = Jsoup.parse(mvc.perform(get("/en/editor/categories/field-kitchens/history").session(publisher))
			.andReturn().getResponse().getContentAsString());
		assertThat(history.select("table.history tbody tr")).hasSize(2);
		mvc.perform(post("/en/editor/categories/field-kitchens/revisions/1/restore").session(publisher).with(csrf()));
		assertThat(anonymous("/en/").getContentAsString()).contains("Field kitchens").doesNotContain("(staff)");
	}

	private List<String> homeOrder() throws Exception {
		return Jsoup.parse(anonymous("/en/").getContentAsString()).select("h3 a[href]").eachAttr("href")
			.stream().filter(h -> h.matches("/en/toolkit/[^/]+")).distinct().toList();
	}

	private MockHttpServletResponse anonymous(String url) throws Exception {
		return mvc.perform(get(url)).andReturn().getResponse();
	}

}
