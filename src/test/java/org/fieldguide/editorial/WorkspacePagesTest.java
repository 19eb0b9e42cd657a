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

/**
 * The workspace through its pages: who may enter, the list and its filters, saving, previewing with and
 * without JavaScript, refusing bad input, and the concurrent-edit conflict with nothing lost.
 */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WorkspacePagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void onlyEditorsAndPublishersEnter() throws Exception {
		MockHttpServletResponse anonymous = mvc.perform(get("/en/editor")).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).contains("/login");
		assertThat(mvc.perform(get("/editor")).andReturn().getResponse().getRedirectedUrl()).contains("/login");
		assertThat(mvc.perform(get("/en/editor").session(SignIn.as(mvc, "staff"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/fr/editor").session(SignIn.as(mvc, "editor"))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void listShowsEveryEntryWithItsStatePerLanguageAndFilters() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		Document all = page(get("/en/editor"), editor, 200);
		int entries = StarterEntries.STARTER.entries().size();
		assertThat(all.select("table.editor-list tbody tr")).hasSize(entries);
		assertThat(all.select(".lock-tag")).isNotEmpty();

		EntryData entry = StarterEntries.publicInFrench().get(3);
		save(editor, entry.slug(), "es", "Título borrador", 0, 302);
		Document drafts = page(get("/en/editor?language=es&status=draft"), editor, 200);
		assertThat(drafts.select("table.editor-list tbody tr")).hasSize(1);
		assertThat(drafts.select("table.editor-list tbody tr code").text()).isEqualTo(entry.slug());
		assertThat(drafts.select("a.state-draft").attr("href")).endsWith("/en/editor/entries/" + entry.slug() + "/es");

		Document sorted = page(get("/en/editor?sort=slug"), editor, 200);
		assertThat(sorted.select("table.editor-list tbody tr code").eachText()).isSorted();
		String category = entry.category();
		assertThat(page(get("/en/editor?category=" + category), editor, 200).select("table.editor-list tbody td:nth-of-type(1)")
			.eachText()).containsOnly(category);
	}

	@Test
	void previewWorksWithAndWithoutJavaScriptAndBadInputSavesNothing() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		EntryData entry = StarterEntries.publicInFrench().get(4);
		String url = "/en/editor/entries/" + entry.slug() + "/fr";
		Document form = page(get(url), editor, 200);
		assertThat(form.select("input[name=title]").val()).isEqualTo(entry.texts().get(Language.FR).title());
		assertThat(form.select("input[name=base]").val()).isEqualTo("1");

		Document preview = page(post(url).param("action", "preview").param("title", "Aperçu").param("summary", "R")
			.param("body", "## Étape\n\n> [!FIELD]\n> Sur place\n\n<script>alert(1)</script>").param("base", "1"), editor, 200);
		assertThat(preview.select("#preview h2#étape, #preview h2").text()).contains("Étape");
		assertThat(preview.select("#preview .field-note")).isNotEmpty();
		assertThat(preview.select("#preview script")).isEmpty();
		assertThat(preview.select("input[name=title]").val()).isEqualTo("Aperçu");

		Document fragment = page(post(url + "/preview").param("title", "Aperçu").param("summary", "R")
			.param("body", "**gras**"), editor, 200);
		assertThat(fragment.select("section#preview strong").text()).isEqualTo("gras");
		assertThat(fragment.select("header.site-header")).isEmpty();

		Document refused = page(post(url).param("title", " ").param("summary", "R").param("body", "B").param("base", "1"),
				editor, 400);
		assertThat(refused.select(".notice-error li")).isNotEmpty();
		assertThat(refused.select("textarea[name=body]").text()).isEqualTo("B");
		assertThat(page(get(url + "/history"), editor, 200).select("table.history tbody tr")).hasSize(1);
	}

	@Test
	void theSecondOfTwoEditsFromTheSameBaseIsRefusedWithADiffAndNothingLost() throws Exception {
		EntryData entry = StarterEntries.publicInFrench().get(5);
		MockHttpSession first = SignIn.as(mvc, "editor");
		MockHttpSession second = SignIn.as(mvc, "publisher");
		String url = "/en/editor/entries/" + entry.slug() + "/fr";
		assertThat(page(get(url), first, 200).select("input[name=base]").val()).isEqualTo("1");
		assertThat(page(get(url), second, 200).select("input[name=base]").val()).isEqualTo("1");

		save(first, entry.slug(), "fr", "Titre du premier", 1, 302);
		Document conflict = page(post(url).param("title", "Titre du second").param("summary", "Résumé du second")
			.param("keyPoints", "").param("body", "Corps du second").param("comment", "mon travail").param("base", "1"),
				second, 409);
		assertThat(conflict.select(".conflict [role=alert]").text()).contains("2");
		assertThat(conflict.select("table.diff del").eachText()).contains("# Titre du premier");
		assertThat(conflict.select("table.diff ins").eachText()).contains("# Titre du second", "Corps du second");
		assertThat(conflict.select("input[name=title]").val()).isEqualTo("Titre du second");
		assertThat(conflict.select("textarea[name=body]").text()).isEqualTo("Corps du second");
		assertThat(conflict.select(".editor-form input[name=comment]").val()).isEqualTo("mon travail");
		assertThat(conflict.select("input[name=base]").val()).isEqualTo("2");
		Document history = page(get(url + "/history"), second, 200);
		assertThat(history.select("table.history tbody tr")).hasSize(2);
		assertThat(history.text()).doesNotContain("mon travail");
	}

	@Test
	void anEditorCannotPublishOrReturnEvenByPostingDirectly() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		EntryData entry = StarterEntries.publicInFrench().get(6);
		save(editor, entry.slug(), "fr", "Titre soumis", 1, 302);
		String base = "/en/editor/entries/" + entry.slug() + "/fr/revisions/2/";
		assertThat(mvc.perform(post(base + "submit").session(editor).with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		Document page = page(get("/en/editor/entries/" + entry.slug() + "/fr"), editor, 200);
		assertThat(page.select("form[action$=/publish]")).isEmpty();
		assertThat(mvc.perform(post(base + "publish").session(editor).with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(post(base + "return").param("comment", "non").session(editor).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get(StarterEntries.path(entry, Language.FR))).andReturn().getResponse().getContentAsString())
			.doesNotContain("Titre soumis");

		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		MockHttpServletResponse noComment = mvc.perform(post(base + "return").param("comment", " ").session(publisher)
			.with(csrf())).andReturn().getResponse();
		assertThat(noComment.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(noComment.getContentAsString()).select("[role=alert]").text()).contains("comment");
		assertThat(Jsoup.parse(noComment.getContentAsString()).select(".revision-state strong").text())
			.isEqualTo("In review");
		assertThat(mvc.perform(post(base + "publish").param("changeSummary", "Nouveau titre").session(publisher)
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get(StarterEntries.path(entry, Language.FR))).andReturn().getResponse().getContentAsString())
			.contains("Titre soumis");
	}

	private void save(MockHttpSession session, String slug, String language, String title, int base, int status)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/en/editor/entries/" + slug + "/" + language)
			.param("title", title).param("summary", "Résumé").param("keyPoints", "Un\nDeux").param("body", "Corps")
			.param("base", String.valueOf(base)).session(session).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session, int status) throws Exception {
		if (request.toString() != null) {
			request.session(session).with(csrf());
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
