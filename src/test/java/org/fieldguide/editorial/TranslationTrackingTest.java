package org.fieldguide.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Outdated translations and the per-language dashboard on the real application: publishing English makes
 * the French text outdated (list, edit page with the English diff, dashboard) until French is saved again.
 */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TranslationTrackingTest {

	static final Viewer PUBLISHER = Viewer.signedIn(9102, "Paul", Set.of(Role.EDITOR, Role.PUBLISHER, Role.STAFF));

	@Autowired
	MockMvc mvc;

	@Autowired
	Revisions revisions;

	@Autowired
	XliffExport export;

	@Test
	void publishingEnglishMakesFrenchOutdatedUntilFrenchIsSavedAgain() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		EntryData entry = StarterEntries.publicInFrench().get(0);
		String edit = "/en/editor/entries/" + entry.slug() + "/fr";
		assertThat(page(get(edit), editor, 200).select(".source-change")).isEmpty();
		assertThat(outdatedSlugs(editor)).doesNotContain(entry.slug());

		publishEnglish(entry.slug(), "A new first step: call the duty lawyer before noon.");
		// a draft of English alone does not count: only what readers see
		revisions.save(entry.slug(), Language.EN, changed(entry.slug(), "Unpublished idea."), null, 2, PUBLISHER);

		assertThat(outdatedSlugs(editor)).contains(entry.slug());
		Document page = page(get(edit), editor, 200);
		assertThat(page.select(".source-change").text()).contains("revision 1", "revision 2");
		assertThat(page.select(".source-change table.diff ins").eachText())
			.contains("A new first step: call the duty lawyer before noon.")
			.doesNotContain("Unpublished idea.");
		assertThat(page(get("/en/editor?language=fr&status=outdated"), editor, 200)
			.select("table.editor-list tbody tr code").eachText()).contains(entry.slug());

		Document form = page(get(edit), editor, 200);
		mvc.perform(post(edit).param("title", form.select("input[name=title]").val())
			.param("summary", form.select("textarea[name=summary]").text())
			.param("keyPoints", form.select("textarea[name=keyPoints]").text())
			.param("body", form.select("textarea[name=body]").text() + "\n\nUne première étape : appeler l'avocat de garde.")
			.param("base", form.select("input[name=base]").val())
			.session(editor)
			.with(csrf())).andReturn();
		assertThat(revisions.latest(entry.slug(), Language.FR, PUBLISHER).orElseThrow().sourceNumber()).isEqualTo(2);
		assertThat(page(get(edit), editor, 200).select(".source-change")).isEmpty();
		assertThat(outdatedSlugs(editor)).doesNotContain(entry.slug());
	}

	@Test
	void dashboardPutsOutdatedFirstPublicBeforeStaffThenByTheSizeOfTheChange() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		List<EntryData> french = StarterEntries.publicInFrench();
		EntryData small = french.get(1);
		EntryData big = french.get(2);
		EntryData drafted = french.get(3);
		publishEnglish(small.slug(), "One more line.");
		publishEnglish(big.slug(), "First new line.\n\nSecond new line.\n\nThird new line.");
		EntryData staffEntry = StarterEntries.STARTER.entries()
			.stream()
			.filter(e -> e.visibility() == Visibility.STAFF && e.texts().containsKey(Language.FR))
			.findFirst()
			.orElseThrow();
		publishEnglish(staffEntry.slug(), "Staff one.\n\nStaff two.\n\nStaff three.\n\nStaff four.\n\nStaff five.");
		revisions.save(drafted.slug(), Language.FR, new RevisionText("Brouillon", "Résumé", List.of(), "Corps"), null, 1,
				PUBLISHER);

		Document board = page(get("/en/editor/translations/fr"), editor, 200);
		List<String> outdated = board.select("#group-outdated input[name=entry]").eachAttr("value");
		assertThat(outdated).contains(small.slug(), big.slug());
		assertThat(outdated.indexOf(big.slug())).isLessThan(outdated.indexOf(small.slug()));
		assertThat(board.select("#group-outdated li").text()).contains("English: ", "lines added");
		assertThat(board.select("#group-drafts input[name=entry]").eachAttr("value")).contains(drafted.slug());

		// public before staff-only, even when the staff-only entry changed more
		assertThat(outdated.indexOf(staffEntry.slug())).isGreaterThan(outdated.indexOf(small.slug()));
		assertThat(board.select("#group-outdated li").last().select(".lock-tag")).isNotEmpty();

		List<String> counts = board.select(".dashboard-counts strong").eachText();
		assertThat(counts.get(0)).isEqualTo(Integer.toString(outdated.size()));
		assertThat(counts.get(1)).isEqualTo(Integer.toString(board.select("#group-missing li").size()));
		assertThat(counts.get(2)).isEqualTo(Integer.toString(board.select("#group-drafts li").size()));
		int all = counts.stream().mapToInt(Integer::parseInt).sum();
		assertThat(all).isEqualTo(StarterEntries.STARTER.entries().size());

		assertThat(page(get("/ar/editor/translations/fr"), editor, 200).select("html").attr("dir")).isEqualTo("rtl");
		assertThat(mvc.perform(get("/en/editor/translations/en").session(editor)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void anonymousAndPlainStaffCannotReachTranslations() throws Exception {
		MockHttpServletResponse anonymous = mvc.perform(get("/en/editor/translations/fr")).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).contains("/login");
		String slug = StarterEntries.publicInFrench().get(5).slug();
		assertThat(mvc.perform(get("/en/editor/translations/fr/xliff?entry=" + slug)).andReturn().getResponse()
			.getRedirectedUrl()).contains("/login");
		MockHttpSession staff = SignIn.as(mvc, "staff");
		for (String path : List.of("/en/editor/translations/fr", "/en/editor/translations/fr/xliff?entry=" + slug)) {
			assertThat(mvc.perform(get(path).session(staff)).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
		}
		MockMultipartFile file = new MockMultipartFile("file", "fr.xlf", "application/xliff+xml", new byte[] { '<' });
		assertThat(mvc.perform(multipart("/en/editor/translations/fr/import").file(file).session(staff).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		Viewer plainStaff = Viewer.signedIn(9103, "Sam", Set.of(Role.STAFF));
		assertThatThrownBy(() -> export.export(List.of(slug), Language.FR, plainStaff))
			.isInstanceOf(AccessDeniedException.class);
	}

	private void publishEnglish(String slug, String addedBlock) {
		RevisionView en = revisions.latest(slug, Language.EN, PUBLISHER).orElseThrow();
		RevisionText text = new RevisionText(en.text().title(), en.text().summary(), en.text().keyPoints(),
				en.text().bodyMarkdown() + "\n\n" + addedBlock);
		RevisionView draft = revisions.save(slug, Language.EN, text, "English update", en.number(), PUBLISHER);
		revisions.submit(slug, Language.EN, draft.number(), PUBLISHER);
		revisions.publish(slug, Language.EN, draft.number(), null, PUBLISHER);
	}

	private RevisionText changed(String slug, String addedBlock) {
		RevisionText en = revisions.latest(slug, Language.EN, PUBLISHER).orElseThrow().text();
		return new RevisionText(en.title(), en.summary(), en.keyPoints(), en.bodyMarkdown() + "\n\n" + addedBlock);
	}

	private List<String> outdatedSlugs(MockHttpSession session) throws Exception {
		return page(get("/en/editor?status=outdated"), session, 200).select("table.editor-list tbody tr code").eachText();
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
