package org.fieldguide.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fieldguide.FieldguideTest;
import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workflow on the real application: drafts stay out of readers' pages, search and the page cache
 * until a publisher publishes them; each step is announced; roles are checked by the service itself.
 */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(RevisionsTest.Recorder.class)
class RevisionsTest {

	static final Viewer EDITOR = Viewer.signedIn(9001, "Edith", Set.of(Role.EDITOR, Role.STAFF));

	static final Viewer PUBLISHER = Viewer.signedIn(9002, "Paul", Set.of(Role.EDITOR, Role.PUBLISHER, Role.STAFF));

	static final Viewer STAFF = Viewer.signedIn(9003, "Sam", Set.of(Role.STAFF));

	@TestConfiguration
	static class Recorder {

		final List<Object> events = new ArrayList<>();

		@EventListener
		void on(Object event) {
			if (event.getClass().getName().startsWith(EditorialEvents.class.getName())) {
				events.add(event);
			}
		}

	}

	@Autowired
	Revisions revisions;

	@Autowired
	Recorder recorder;

	@Autowired
	MockMvc mvc;

	@Test
	void aDraftReachesReadersOnlyWhenPublished() throws Exception {
		EntryData entry = StarterEntries.publicInFrench().get(0);
		String page = StarterEntries.path(entry, Language.FR);
		String before = anonymous(page);
		assertThat(before).contains(entry.texts().get(Language.FR).title());

		List<RevisionView> history = revisions.history(entry.slug(), Language.FR, EDITOR);
		assertThat(history).singleElement().satisfies(r -> {
			assertThat(r.number()).isEqualTo(1);
			assertThat(r.status()).isEqualTo(RevisionStatus.PUBLISHED);
		});
		RevisionText text = new RevisionText("Titre zorbulenté", "Résumé zorbulenté", List.of("Point zorbulenté"),
				"Un corps **zorbulenté**.");
		RevisionView draft = revisions.save(entry.slug(), Language.FR, text, "Nouveau titre", 1, EDITOR);
		assertThat(draft.number()).isEqualTo(2);
		assertThat(draft.sourceNumber()).isEqualTo(1);
		assertThat(anonymous(page)).doesNotContain("zorbulenté").contains(entry.texts().get(Language.FR).title());
		assertThat(anonymous("/fr/search?q=zorbulent%C3%A9")).doesNotContain("Titre zorbulenté");

		revisions.submit(entry.slug(), Language.FR, 2, EDITOR);
		assertThatThrownBy(() -> revisions.publish(entry.slug(), Language.FR, 2, null, EDITOR))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(anonymous(page)).doesNotContain("zorbulenté");

		revisions.publish(entry.slug(), Language.FR, 2, "Titre plus clair", PUBLISHER);
		String after = anonymous(page);
		assertThat(after).contains("Titre zorbulenté", "<strong>zorbulenté</strong>", "Point zorbulenté");
		assertThat(anonymous("/fr/search?q=zorbulent%C3%A9")).contains("Titre zorbulenté");
		assertThat(anonymous(StarterEntries.path(entry, Language.EN))).doesNotContain("zorbulenté");

		assertThat(revisions.history(entry.slug(), Language.FR, EDITOR)).extracting(RevisionView::status)
			.containsExactly(RevisionStatus.PUBLISHED, RevisionStatus.PUBLISHED);
		assertThat(recorder.events).extracting(e -> e.getClass().getSimpleName())
			.containsSubsequence("DraftSaved", "RevisionSubmitted", "RevisionPublished");
		assertThat(recorder.events).filteredOn(EditorialEvents.RevisionPublished.class::isInstance)
			.singleElement()
			.extracting(e -> ((EditorialEvents.RevisionPublished) e).changeSummary())
			.isEqualTo("Titre plus clair");
	}

	@Test
	void unpublishingATranslationGivesReadersTheSourceLanguage() throws Exception {
		EntryData entry = StarterEntries.publicInFrench().get(1);
		String page = StarterEntries.path(entry, Language.FR);
		assertThat(anonymous(page)).contains(entry.texts().get(Language.FR).title());
		assertThatThrownBy(() -> revisions.unpublish(entry.slug(), Language.FR, "no", EDITOR))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> revisions.unpublish(entry.slug(), Language.EN, "no", PUBLISHER))
			.isInstanceOf(IllegalStateException.class);

		RevisionView unpublished = revisions.unpublish(entry.slug(), Language.FR, "Trop ancien", PUBLISHER);
		assertThat(unpublished.status()).isEqualTo(RevisionStatus.UNPUBLISHED);
		assertThat(anonymous(page)).doesNotContain(entry.texts().get(Language.FR).title())
			.contains(entry.texts().get(Language.EN).title());
	}

	@Test
	void aReturnedDraftCarriesTheCommentAndOnlyEditorsMayWrite() {
		EntryData entry = StarterEntries.publicInFrench().get(2);
		RevisionText text = new RevisionText("T", "S", List.of(), "B");
		assertThatThrownBy(() -> revisions.save(entry.slug(), Language.ES, text, null, 1, STAFF))
			.isInstanceOf(AccessDeniedException.class);
		RevisionView draft = revisions.save(entry.slug(), Language.EN, text, null, 1, EDITOR);
		revisions.submit(entry.slug(), Language.EN, draft.number(), EDITOR);
		assertThatThrownBy(() -> revisions.returnToDraft(entry.slug(), Language.EN, draft.number(), "why", EDITOR))
			.isInstanceOf(AccessDeniedException.class);
		RevisionView returned = revisions.returnToDraft(entry.slug(), Language.EN, draft.number(), "Too short", PUBLISHER);
		assertThat(returned.status()).isEqualTo(RevisionStatus.DRAFT);
		assertThat(returned.decisionComment()).isEqualTo("Too short");
	}

	private String anonymous(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

}
