package org.fieldguide.editorial;

/**
 * Where a revision stands. DRAFT and IN_REVIEW are open (at most one open revision per entry and
 * language: saving on top of it supersedes it); PUBLISHED revisions are or were the readers' text.
 */
public enum RevisionStatus {

	DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED, UNPUBLISHED;

	public boolean open() {
		return this == DRAFT || this == IN_REVIEW;
	}

	/** The message key suffix, as in {@code editorial.status.in-review}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
