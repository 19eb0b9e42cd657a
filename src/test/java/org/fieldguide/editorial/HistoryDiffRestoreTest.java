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

/** History of a text (who, when, comment, status), a diff of any two revisions, and restoring an old one. */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HistoryDiffRestoreTest {

	@Autowired
	MockMvc mvc;

	@Test
	void historyDiffAndRestore() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		EntryData entry = StarterEntries.publicInFrench().get(7);
		String url = "/en/editor/entries/" + entry.slug() + "/en";
		String original = entry.texts().get(Language.EN).title();
		save(editor, url, "Second <b>title</b>", "Line one\nLine two", 1, "first change");
		save(editor, url, "Third title", "Line one\nLine 2", 2, "second change");

		Document history = page(url + "/history", editor);
		assertThat(history.select("table.history tbody tr")).hasSize(3);
		assertThat(history.select("table.history tbody tr:first-child").text()).contains("3", "Draft", "Demo editor",
				"second change");
		assertThat(history.select("table.history tbody tr:nth-child(2)").text()).contains("Replaced by a later version",
				"first change");
		assertThat(history.select("table.history tbody tr:last-child").text()).contains("1", "Published",
				"Fieldguide import");

		Document diff = page(url + "/diff?from=1&to=3", editor);
		assertThat(diff.select("table.diff del").eachText()).contains("# " + original);
		assertThat(diff.select("table.diff ins").eachText()).contains("# Third title", "Line 2");
		Document escaped = page(url + "/diff?from=2&to=3", editor);
		assertThat(escaped.select("table.diff del").eachText()).contains("# Second <b>title</b>", "Line two");
		assertThat(escaped.select("table.diff b")).isEmpty();
		assertThat(mvc.perform(get(url + "/diff?from=1&to=99").session(editor)).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		MockHttpServletResponse restored = mvc
			.perform(post(url + "/revisions/1/restore").param("base", "3").session(editor).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(restored.getStatus()).isEqualTo(302);
		Document form = page(url, editor);
		assertThat(form.select("input[name=title]").val()).isEqualTo(original);
		assertThat(form.select("input[name=base]").val()).isEqualTo("4");
		assertThat(page(url + "/history", editor).select("table.history tbody tr:first-child").text())
			.contains("4", "Draft", "Restored revision 1");
		// a restore from a stale page (base 3 while 4 exists) changes nothing
		mvc.perform(post(url + "/revisions/2/restore").param("base", "3").session(editor).with(csrf()));
		assertThat(page(url + "/history", editor).select("table.history tbody tr")).hasSize(4);
		// readers still have the original English text: nothing was published
		assertThat(mvc.perform(get(StarterEntries.path(entry, Language.EN))).andReturn().getResponse().getContentAsString())
			.contains(original)
			.doesNotContain("Third title");
	}

	private void save(MockHttpSession session, String url, String title, String body, int base, String comment)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(post(url).param("title", title).param("summary", "Summary")
			.param("body", body).param("comment", comment).param("base", String.valueOf(base)).session(session)
			.with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
	}

	private Document page(String url, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
