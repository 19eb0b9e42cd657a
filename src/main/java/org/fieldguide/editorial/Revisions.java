package org.fieldguide.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fieldguide.access.Viewer;
import org.fieldguide.editorial.EditorialEvents.DraftSaved;
import org.fieldguide.editorial.EditorialEvents.RevisionPublished;
import org.fieldguide.editorial.EditorialEvents.RevisionReturned;
import org.fieldguide.editorial.EditorialEvents.RevisionSubmitted;
import org.fieldguide.editorial.EditorialEvents.TranslationUnpublished;
import org.fieldguide.guide.GuideEditing;
import org.fieldguide.guide.GuideEditing.PublishedText;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow of one entry's text in one language. EDITOR (or PUBLISHER) saves drafts and
 * submits them; only PUBLISHER publishes, returns with a comment or unpublishes; each step is checked
 * here whatever the address said, and announced with an {@link EditorialEvents} record.
 * <p>
 * The text readers had before anyone edited it counts as revision 1 (published). It is written to the
 * revision table lazily, by the first change to that text; until then reads show it as revision 1 all the
 * same, so pages that only look never write.
 */
@Service
@Transactional
public class Revisions {

	private final RevisionRepository revisions;

	private final GuideEditing guide;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	Revisions(RevisionRepository revisions, GuideEditing guide, ApplicationEventPublisher events) {
		this.revisions = revisions;
		this.guide = guide;
		this.events = events;
	}

	/** Newest first; empty for a language the entry has neither published nor drafted. */
	@Transactional(readOnly = true)
	public List<RevisionView> history(String slug, Language language, Viewer viewer) {
		requireEditor(viewer);
		guide.entry(slug, viewer);
		List<EditorialRevision> stored = revisions.history(slug, language.code());
		if (!stored.isEmpty()) {
			return stored.stream().map(EditorialRevision::view).toList();
		}
		return imported(slug, language, viewer).map(r -> List.of(r.view())).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<RevisionView> latest(String slug, Language language, Viewer viewer) {
		return history(slug, language, viewer).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public RevisionView revision(String slug, Language language, int number, Viewer viewer) {
		return history(slug, language, viewer).stream()
			.filter(r -> r.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No revision " + number + " of " + slug));
	}

	/**
	 * Saves a new draft edited from revision {@code baseNumber} (0 for a new translation); refused with
	 * {@link EditConflictException} when a newer revision exists. An open revision it replaces is superseded.
	 */
	public RevisionView save(String slug, Language language, RevisionText text, String comment, int baseNumber,
			Viewer viewer) {
		return saveDraft(slug, language, text, comment, baseNumber, viewer, null);
	}

	/** Saves an old revision's text as a new draft on top of the latest one. */
	public RevisionView restore(String slug, Language language, int number, int baseNumber, Viewer viewer) {
		RevisionView old = revision(slug, language, number, viewer);
		return saveDraft(slug, language, old.text(), "Restored revision " + number, baseNumber, viewer, number);
	}

	public RevisionView submit(String slug, Language language, int number, Viewer viewer) {
		requireEditor(viewer);
		EditorialRevision revision = latestStored(slug, language, number, viewer);
		revision.submit();
		events.publishEvent(new RevisionSubmitted(slug, language, number, viewer.accountId(), viewer.displayName(), now()));
		return revision.view();
	}

	public RevisionView publish(String slug, Language language, int number, String changeSummary, Viewer viewer) {
		requirePublisher(viewer);
		EditorialRevision revision = latestStored(slug, language, number, viewer);
		Instant at = now();
		revision.publish(author(viewer), blankToNull(changeSummary), at);
		RevisionText text = revision.text();
		guide.publishTranslation(slug, language,
				new PublishedText(text.title(), text.summary(), text.keyPoints(), text.bodyMarkdown()), viewer);
		events.publishEvent(new RevisionPublished(slug, language, number, viewer.accountId(), viewer.displayName(), at,
				blankToNull(changeSummary)));
		return revision.view();
	}

	public RevisionView returnToDraft(String slug, Language language, int number, String comment, Viewer viewer) {
		requirePublisher(viewer);
		EditorialRevision revision = latestStored(slug, language, number, viewer);
		Instant at = now();
		revision.returnToDraft(author(viewer), comment, at);
		events.publishEvent(new RevisionReturned(slug, language, number, viewer.accountId(), viewer.displayName(), at,
				comment));
		return revision.view();
	}

	/** Readers stop seeing this translation; see {@link GuideEditing#unpublishTranslation} for the source language. */
	public RevisionView unpublish(String slug, Language language, String comment, Viewer viewer) {
		requirePublisher(viewer);
		if (language == Language.SOURCE) {
			throw new IllegalStateException("The source language of an entry cannot be unpublished");
		}
		start(slug, language, viewer);
		EditorialRevision published = revisions.history(slug, language.code())
			.stream()
			.filter(r -> r.status() == RevisionStatus.PUBLISHED)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(slug + " is not published in " + language.code()));
		Instant at = now();
		published.unpublish(author(viewer), blankToNull(comment), at);
		guide.unpublishTranslation(slug, language, viewer);
		events.publishEvent(new TranslationUnpublished(slug, language, published.number(), viewer.accountId(),
				viewer.displayName(), at, blankToNull(comment)));
		return published.view();
	}

	private RevisionView saveDraft(String slug, Language language, RevisionText text, String comment, int baseNumber,
			Viewer viewer, Integer restoredFrom) {
		requireEditor(viewer);
		start(slug, language, viewer);
		List<EditorialRevision> stored = revisions.history(slug, language.code());
		int latest = stored.isEmpty() ? 0 : stored.getFirst().number();
		if (latest != baseNumber) {
			throw new EditConflictException(stored.getFirst().view());
		}
		if (!stored.isEmpty() && stored.getFirst().status().open()) {
			stored.getFirst().supersede();
		}
		Instant at = now();
		EditorialRevision draft = EditorialRevision.draft(slug, language, latest + 1, text, blankToNull(comment),
				author(viewer), at, latest == 0 ? null : latest, sourceNumber(slug, language));
		revisions.saveAndFlush(draft);
		events.publishEvent(new DraftSaved(slug, language, draft.number(), viewer.accountId(), viewer.displayName(), at,
				blankToNull(comment), restoredFrom));
		return draft.view();
	}

	/**
	 * For a translation, the source-language revision readers see now: what the translator worked from
	 * (1 while the source text has never been edited, null if it is not published).
	 */
	private Integer sourceNumber(String slug, Language language) {
		if (language == Language.SOURCE) {
			return null;
		}
		List<EditorialRevision> source = revisions.history(slug, Language.SOURCE.code());
		if (source.isEmpty()) {
			return 1;
		}
		return source.stream()
			.filter(r -> r.status() == RevisionStatus.PUBLISHED)
			.map(EditorialRevision::number)
			.findFirst()
			.orElse(null);
	}

	/** Writes revision 1 for a text published before editing began, once, before its first change. */
	private void start(String slug, Language language, Viewer viewer) {
		guide.entry(slug, viewer);
		if (revisions.latestNumber(slug, language.code()) == 0) {
			imported(slug, language, viewer).ifPresent(revisions::saveAndFlush);
		}
	}

	private Optional<EditorialRevision> imported(String slug, Language language, Viewer viewer) {
		Integer source = sourceNumber(slug, language);
		return guide.publishedText(slug, language, viewer)
			.map(t -> EditorialRevision.alreadyPublished(slug, language,
					new RevisionText(t.title(), t.summary(), t.keyPoints(), t.bodyMarkdown()), now(), source));
	}

	private EditorialRevision latestStored(String slug, Language language, int number, Viewer viewer) {
		guide.entry(slug, viewer);
		List<EditorialRevision> stored = revisions.history(slug, language.code());
		if (stored.isEmpty() || stored.getFirst().number() != number) {
			throw new IllegalStateException("Revision " + number + " of " + slug + " is not the latest one");
		}
		return stored.getFirst();
	}

	private Instant now() {
		return clock.instant();
	}

	private static Author author(Viewer viewer) {
		return EditorialRoles.author(viewer);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static void requireEditor(Viewer viewer) {
		EditorialRoles.requireEditor(viewer);
	}

	private static void requirePublisher(Viewer viewer) {
		EditorialRoles.requirePublisher(viewer);
	}

}
