package org.fieldguide.editorial;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fieldguide.platform.Language;

/**
 * One saved version of an entry's text in one language, numbered 1..n per entry and language. Its text
 * never changes after it is saved; only its status moves, through the guarded methods below, which throw
 * {@link IllegalStateException} on a move the workflow does not allow:
 * DRAFT → IN_REVIEW → PUBLISHED → UNPUBLISHED, IN_REVIEW → DRAFT (returned with a comment), and an open
 * revision → SUPERSEDED when a newer one is saved on top of it.
 */
@Entity
@Table(name = "editorial_revision")
class EditorialRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String entrySlug;

	private String language;

	private int number;

	@Enumerated(EnumType.STRING)
	private RevisionStatus status;

	private String title;

	private String summary;

	private String keyPoints;

	private String bodyMarkdown;

	private String comment;

	private Long authorAccountId;

	private String authorName;

	private Instant createdAt;

	/** The revision this one was edited from (optimistic locking); null for a first revision. */
	private Integer baseNumber;

	/** For a translation: the number of the source-language revision it was translated from. */
	private Integer sourceNumber;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionComment;

	private String changeSummary;

	protected EditorialRevision() {
	}

	private EditorialRevision(String entrySlug, Language language, int number, RevisionStatus status,
			RevisionText text, String comment, Author author, Instant at, Integer baseNumber, Integer sourceNumber) {
		if (number < 1) {
			throw new IllegalArgumentException("Revision numbers start at 1");
		}
		this.entrySlug = entrySlug;
		this.language = language.code();
		this.number = number;
		this.status = status;
		this.title = text.title();
		this.summary = text.summary();
		this.keyPoints = text.keyPointLines();
		this.bodyMarkdown = text.bodyMarkdown();
		this.comment = comment;
		this.authorAccountId = author.accountId();
		this.authorName = author.name();
		this.createdAt = at;
		this.baseNumber = baseNumber;
		this.sourceNumber = sourceNumber;
	}

	/** A new draft, edited from revision {@code baseNumber} (null when there was none). */
	static EditorialRevision draft(String entrySlug, Language language, int number, RevisionText text, String comment,
			Author author, Instant at, Integer baseNumber, Integer sourceNumber) {
		return new EditorialRevision(entrySlug, language, number, RevisionStatus.DRAFT, text, comment, author, at,
				baseNumber, sourceNumber);
	}

	/** Revision 1 of a text that readers already had before anyone edited it (the imported guide). */
	static EditorialRevision alreadyPublished(String entrySlug, Language language, RevisionText text, Instant at,
			Integer sourceNumber) {
		EditorialRevision revision = new EditorialRevision(entrySlug, language, 1, RevisionStatus.PUBLISHED, text,
				null, Author.IMPORT, at, null, sourceNumber);
		revision.decidedBy = Author.IMPORT.name();
		revision.decidedAt = at;
		return revision;
	}

	/** Revision 1 of a new entry's text, published at once by the publisher who created the entry. */
	static EditorialRevision createdPublished(String entrySlug, Language language, RevisionText text, Author author,
			Instant at) {
		EditorialRevision revision = new EditorialRevision(entrySlug, language, 1, RevisionStatus.PUBLISHED, text,
				"New entry", author, at, null, null);
		revision.decidedBy = author.name();
		revision.decidedAt = at;
		return revision;
	}

	void submit() {
		require(RevisionStatus.DRAFT, "submit");
		status = RevisionStatus.IN_REVIEW;
	}

	void publish(Author by, String changeSummary, Instant at) {
		require(RevisionStatus.IN_REVIEW, "publish");
		decide(RevisionStatus.PUBLISHED, by, null, at);
		this.changeSummary = changeSummary;
	}

	void returnToDraft(Author by, String comment, Instant at) {
		require(RevisionStatus.IN_REVIEW, "return");
		if (comment == null || comment.isBlank()) {
			throw new IllegalArgumentException("A returned revision needs a comment saying why");
		}
		decide(RevisionStatus.DRAFT, by, comment, at);
	}

	void supersede() {
		if (!status.open()) {
			throw new IllegalStateException("Only an open revision can be superseded, not " + this);
		}
		status = RevisionStatus.SUPERSEDED;
	}

	void unpublish(Author by, String comment, Instant at) {
		require(RevisionStatus.PUBLISHED, "unpublish");
		decide(RevisionStatus.UNPUBLISHED, by, comment, at);
	}

	private void require(RevisionStatus expected, String move) {
		if (status != expected) {
			throw new IllegalStateException("Cannot " + move + " " + this + ": it must be " + expected);
		}
	}

	private void decide(RevisionStatus next, Author by, String comment, Instant at) {
		status = next;
		decidedBy = by.name();
		decidedAt = at;
		decisionComment = comment;
	}

	RevisionView view() {
		return new RevisionView(entrySlug, Language.fromCode(language).orElseThrow(), number, status, text(), comment,
				authorName, createdAt, baseNumber, sourceNumber, decidedBy, decidedAt, decisionComment, changeSummary);
	}

	RevisionText text() {
		return RevisionText.of(title, summary, keyPoints, bodyMarkdown);
	}

	int number() {
		return number;
	}

	RevisionStatus status() {
		return status;
	}

	Integer sourceNumber() {
		return sourceNumber;
	}

	@Override
	public String toString() {
		return "revision " + number + " of " + entrySlug + "/" + language + " (" + status + ")";
	}

}
