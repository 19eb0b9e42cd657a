package org.fieldguide.editorial;

import java.time.Instant;

import org.fieldguide.platform.Language;

/** A revision as pages and other modules see it. */
public record RevisionView(String entrySlug, Language language, int number, RevisionStatus status, RevisionText text,
		String comment, String authorName, Instant createdAt, Integer baseNumber, Integer sourceNumber,
		String decidedBy, Instant decidedAt, String decisionComment, String changeSummary) {
}
