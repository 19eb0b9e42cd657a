package org.fieldguide.editorial;

import java.time.Instant;

import org.fieldguide.platform.Language;

/**
 * What happened in the workspace, published inside the transaction that did it, for the activity log
 * and other listeners. Each says who (account id and name), what (entry, language, revision number) and
 * when.
 */
public final class EditorialEvents {

	private EditorialEvents() {
	}

	/** A revision was saved as a draft (also a restore of an old revision, with {@code restoredFrom}). */
	public record DraftSaved(String entrySlug, Language language, int number, Long accountId, String accountName,
			Instant at, String comment, Integer restoredFrom) {
	}

	public record RevisionSubmitted(String entrySlug, Language language, int number, Long accountId,
			String accountName, Instant at) {
	}

	/** A revision became the readers' text, with the publisher's one-line summary of the change. */
	public record RevisionPublished(String entrySlug, Language language, int number, Long accountId,
			String accountName, Instant at, String changeSummary) {
	}

	public record RevisionReturned(String entrySlug, Language language, int number, Long accountId,
			String accountName, Instant at, String comment) {
	}

	/** Readers no longer see the entry in this language (they get the source language instead). */
	public record TranslationUnpublished(String entrySlug, Language language, int number, Long accountId,
			String accountName, Instant at, String comment) {
	}

	/** An entry's place or tags changed, or ({@code created}) a new entry was added with its English text. */
	public record EntryStructureChanged(String entrySlug, Long accountId, String accountName, Instant at,
			boolean created) {
	}

	/**
	 * A publisher saved or restored a category or a resource (kind {@code category} or {@code resource}).
	 */
	public record CatalogueChanged(String kind, String slug, int number, Long accountId, String accountName,
			Instant at, String comment, Integer restoredFrom) {
	}

}
