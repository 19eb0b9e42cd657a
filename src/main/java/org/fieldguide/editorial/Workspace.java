package org.fieldguide.editorial;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fieldguide.access.Viewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.guide.GuideEditing;
import org.fieldguide.guide.GuideEditing.EntryOverview;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace list: every entry the editor may read with the state of its text in each language. */
@Service
@Transactional(readOnly = true)
public class Workspace {

	/**
	 * The state of one translation as the list shows it. OUTDATED is only a filter: an outdated text keeps its
	 * own state (published, draft, in review) and carries {@link TranslationState#outdated()} as well.
	 */
	public enum State {

		MISSING, DRAFT, IN_REVIEW, PUBLISHED, OUTDATED;

		public String slug() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * @param published whether readers have a text in this language (also while a new draft is open)
	 * @param outdated whether a newer English revision was published since this text was made
	 */
	public record TranslationState(Language language, State state, boolean published, Integer number,
			boolean outdated) {
	}

	public record EntryRow(String slug, String categorySlug, String title, Visibility visibility, String parentSlug,
			List<TranslationState> states) {

		public TranslationState in(Language language) {
			return states.get(language.ordinal());
		}

	}

	/** What the list is narrowed to and ordered by; null fields do not narrow. */
	public record Filter(String category, Language language, State status, String sort) {

		public static final List<String> SORTS = List.of("guide", "title", "slug", "category");

	}

	private final GuideEditing guide;

	private final RevisionRepository revisions;

	private final SourceTracking sources;

	Workspace(GuideEditing guide, RevisionRepository revisions, SourceTracking sources) {
		this.guide = guide;
		this.revisions = revisions;
		this.sources = sources;
	}

	public List<EntryRow> list(Filter filter, Language interfaceLanguage, Viewer viewer) {
		Revisions.requireEditor(viewer);
		Map<String, EditorialRevision> latest = new HashMap<>();
		for (EditorialRevision r : revisions.latestOfEach()) {
			latest.put(r.view().entrySlug() + "/" + r.view().language().code(), r);
		}
		Map<String, Integer> published = sources.publishedSourceNumbers();
		List<EntryRow> rows = guide.entries(viewer)
			.stream()
			.map(e -> row(e, latest, published.getOrDefault(e.slug(), 1), interfaceLanguage))
			.filter(r -> filter.category() == null || r.categorySlug().equals(filter.category()))
			.filter(r -> filter.status() == null || matches(r, filter))
			.toList();
		Comparator<EntryRow> order = switch (filter.sort() == null ? "guide" : filter.sort()) {
			case "title" -> Comparator.comparing(EntryRow::title, String.CASE_INSENSITIVE_ORDER);
			case "slug" -> Comparator.comparing(EntryRow::slug);
			case "category" -> Comparator.comparing(EntryRow::categorySlug).thenComparing(EntryRow::slug);
			default -> null;
		};
		return order == null ? rows : rows.stream().sorted(order).toList();
	}

	private static boolean matches(EntryRow row, Filter filter) {
		java.util.function.Predicate<TranslationState> wanted = filter.status() == State.OUTDATED
				? TranslationState::outdated : s -> s.state() == filter.status();
		if (filter.language() != null) {
			return wanted.test(row.in(filter.language()));
		}
		return row.states().stream().anyMatch(wanted);
	}

	private static EntryRow row(EntryOverview entry, Map<String, EditorialRevision> latest, int publishedSource,
			Language interfaceLanguage) {
		List<TranslationState> states = java.util.Arrays.stream(Language.values()).map(language -> {
			boolean published = entry.titles().containsKey(language);
			EditorialRevision last = latest.get(entry.slug() + "/" + language.code());
			State state = published ? State.PUBLISHED : State.MISSING;
			if (last != null && last.status() == RevisionStatus.DRAFT) {
				state = State.DRAFT;
			}
			else if (last != null && last.status() == RevisionStatus.IN_REVIEW) {
				state = State.IN_REVIEW;
			}
			Integer number = last != null ? Integer.valueOf(last.number()) : published ? Integer.valueOf(1) : null;
			// a text never edited here is the starter guide's, made from English revision 1
			Integer source = last != null ? last.view().sourceNumber() : published ? Integer.valueOf(1) : null;
			boolean outdated = state != State.MISSING && SourceTracking.outdated(language, source, publishedSource);
			return new TranslationState(language, state, published, number, outdated);
		}).toList();
		return new EntryRow(entry.slug(), entry.categorySlug(), entry.title(interfaceLanguage), entry.visibility(),
				entry.parentSlug(), states);
	}

}
