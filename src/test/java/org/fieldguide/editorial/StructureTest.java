package org.fieldguide.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Structural fields of an entry and new entries: publishers only, applied at once, bad references refused. */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StructureTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aPublisherMakesAnEntryStaffOnlyAndAnEditorMayNot() throws Exception {
		EntryData entry = StarterEntries.publicInFrench().get(8);
		String url = "/en/editor/entries/" + entry.slug() + "/structure";
		String reader = StarterEntries.path(entry, Language.EN);
		assertThat(status(get(reader), null)).isEqualTo(200);
		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		Document form = Jsoup.parse(response(get(url), publisher).getContentAsString());
		assertThat(form.select("input[name=visibility][value=PUBLIC]").attr("checked")).isNotNull();
		assertThat(form.select("select[name=category] option[selected]").val()).isEqualTo(entry.category());

		MockHttpSession editor = SignIn.as(mvc, "editor");
		assertThat(status(structure(url, entry, "STAFF", ""), editor)).isEqualTo(403);
		assertThat(status(get(reader), null)).isEqualTo(200);

		MockHttpServletResponse self = response(structure(url, entry, "STAFF", entry.slug()), publisher);
		assertThat(self.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(self.getContentAsString()).select(".notice-error li").text()).contains("parent");
		assertThat(status(get(reader), null)).isEqualTo(200);

		assertThat(status(structure(url, entry, "STAFF", ""), publisher)).isEqualTo(302);
		assertThat(status(get(reader), null)).isNotEqualTo(200);
		assertThat(status(get(reader), SignIn.as(mvc, "staff"))).isEqualTo(200);
	}

	@Test
	void aPublisherCreatesAnEntryWithItsEnglishTextAndReadersSeeIt() throws Exception {
		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		String category = StarterEntries.publicInFrench().get(0).category();
		MockHttpServletRequestBuilder create = post("/en/editor/new-entry").param("slug", "water-points")
			.param("category", category).param("position", "99").param("visibility", "PUBLIC")
			.param("phases", "running").param("typologies", "shelter").param("topics", "water")
			.param("title", "Water points").param("summary", "Where residents get safe water.")
			.param("keyPoints", "Test weekly").param("body", "Keep **one tap** per twenty residents.");
		assertThat(status(create, SignIn.as(mvc, "editor"))).isEqualTo(403);
		MockHttpServletResponse created = response(create, publisher);
		assertThat(created.getStatus()).isEqualTo(302);
		assertThat(created.getRedirectedUrl()).isEqualTo("/en/editor/entries/water-points/en");

		String page = response(get("/en/toolkit/" + category + "/water-points"), null).getContentAsString();
		assertThat(page).contains("Water points", "<strong>one tap</strong>", "Test weekly");
		Document history = Jsoup.parse(response(get("/en/editor/entries/water-points/en/history"), publisher).getContentAsString());
		assertThat(history.select("table.history tbody tr")).singleElement()
			.satisfies(r -> assertThat(r.text()).contains("Published", "Demo publisher", "New entry"));

		MockHttpServletResponse again = response(create, publisher);
		assertThat(again.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(again.getContentAsString()).select(".notice-error li").text()).contains("already");
		assertThat(Jsoup.parse(again.getContentAsString()).select("input[name=title]").val()).isEqualTo("Water points");
	}

	private MockHttpServletRequestBuilder structure(String url, EntryData entry, String visibility, String parent) {
		MockHttpServletRequestBuilder request = post(url).param("category", entry.category()).param("parent", parent)
			.param("position", String.valueOf(entry.position())).param("visibility", visibility)
			.param("topics", String.join("\n", entry.topics())).param("related", String.join("\n", entry.related()));
		entry.phases().forEach(p -> request.param("phases", p.slug()));
		entry.typologies().forEach(t -> request.param("typologies", t));
		entry.managementModels().forEach(m -> request.param("managementModels", m));
		return request;
	}

	private int status(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return response(request, session).getStatus();
	}

	private MockHttpServletResponse response(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		if (session != null) {
			request.session(session);
		}
		return mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

}
