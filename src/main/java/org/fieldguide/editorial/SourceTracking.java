package org.fieldguide.editorial;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a translation is outdated: every translation revision remembers the English (source) revision
 * readers saw when it was saved ({@code source_number}); once a newer English revision is published, the
 * translation lags behind until someone saves it again. Texts from the starter guide count as made from
 * English revision 1, the text they were shipped with, so only later English changes make them outdated.
 */
@Service
@Transactional(readOnly = true)
public class SourceTracking {

	/** What changed in English since a translation was made, with the size of the change. */
	public record SourceChange(int from, int to, List<RevisionDiff.Line> diff, int added, int removed) {

		public int size() {
			return added + removed;
		}

		/** The changed lines with one unchanged line around each, so the edit page stays short. */
		public List<RevisionDiff.Line> excerpt() {
			List<RevisionDiff.Line> lines = new java.util.ArrayList<>();
			for (int i = 0; i < diff.size(); i++) {
				boolean near = false;
				for (int j = Math.max(0, i - 1); j <= Math.min(diff.size() - 1, i + 1); j++) {
					near |= diff.get(j).kind() != RevisionDiff.Kind.SAME;
				}
				if (near) {
					lines.add(diff.get(i));
				}
			}
			return lines;
		}

	}

	private final RevisionRepository revisions;

	private final Revisions workflow;

	SourceTracking(RevisionRepository revisions, Revisions workflow) {
		this.revisions = revisions;
		this.workflow = workflow;
	}

	/** The English revision readers see now, per entry (1 for every entry whose English was never edited). */
	public Map<String, Integer> publishedSourceNumbers() {
		Map<String, Integer> numbers = new HashMap<>();
		for (Object[] row : revisions.newestWithStatus(Language.SOURCE.code(), RevisionStatus.PUBLISHED)) {
			numbers.put((String) row[0], ((Number) row[1]).intValue());
		}
		return numbers;
	}

	public int publishedSourceNumber(String slug) {
		return publishedSourceNumbers().getOrDefault(slug, 1);
	}

	/** Whether a translation made from {@code sourceNumber} lags behind English revision {@code published}. */
	public static boolean outdated(Language language, Integer sourceNumber, int published) {
		return language != Language.SOURCE && sourceNumber != null && sourceNumber < published;
	}

	/** The English diff since the latest revision of this translation was made; empty when it is up to date. */
	public Optional<SourceChange> change(String slug, Language language, Viewer viewer) {
		Optional<RevisionView> latest = workflow.latest(slug, language, viewer);
		if (latest.isEmpty() || latest.get().status() == RevisionStatus.UNPUBLISHED) {
			return Optional.empty();
		}
		int published = publishedSourceNumber(slug);
		Integer made = latest.get().sourceNumber();
		if (!outdated(language, made, published)) {
			return Optional.empty();
		}
		return Optional.of(between(slug, made, published, viewer));
	}

	/** The English revision the latest revision of this translation was made from (1 for the starter guide's texts). */
	int madeFrom(String slug, Language language, Viewer viewer) {
		return workflow.latest(slug, language, viewer).map(RevisionView::sourceNumber).orElse(1);
	}

	SourceChange between(String slug, int from, int to, Viewer viewer) {
		RevisionText older = workflow.revision(slug, Language.SOURCE, from, viewer).text();
		RevisionText newer = workflow.revision(slug, Language.SOURCE, to, viewer).text();
		List<RevisionDiff.Line> diff = RevisionDiff.between(older, newer);
		int added = 0;
		int removed = 0;
		for (RevisionDiff.Line line : diff) {
			switch (line.kind()) {
				case ADDED -> added++;
				case REMOVED -> removed++;
				case CHANGED -> {
					added++;
					removed++;
				}
				case SAME -> {
				}
			}
		}
		return new SourceChange(from, to, diff, added, removed);
	}

}
