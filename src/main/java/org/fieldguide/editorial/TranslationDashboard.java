package org.fieldguide.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.fieldguide.access.Viewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.guide.GuideEditing;
import org.fieldguide.guide.GuideEditing.EntryOverview;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What to translate next into one language. Outdated translations come first (readers of that language
 * see advice that no longer matches the English text), then missing ones (readers get English), then work
 * in progress. Within a group: public before staff-only (more readers), outdated ones by how much English
 * changed, then guide order (category, then entry).
 */
@Service
@Transactional(readOnly = true)
public class TranslationDashboard {

	public record Item(String slug, String categorySlug, String title, Visibility visibility, Workspace.State state,
			Integer number, boolean outdated, Integer added, Integer removed) {

		public int changeSize() {
			return added == null ? 0 : added + removed;
		}

		public boolean staffOnly() {
			return visibility == Visibility.STAFF;
		}

	}

	public record Dashboard(Language target, List<Item> outdated, List<Item> missing, List<Item> drafts,
			List<Item> inReview, int upToDate, int total) {
	}

	private final Workspace workspace;

	private final GuideEditing guide;

	private final SourceTracking sources;

	TranslationDashboard(Workspace workspace, GuideEditing guide, SourceTracking sources) {
		this.workspace = workspace;
		this.guide = guide;
		this.sources = sources;
	}

	public Dashboard of(Language target, Language interfaceLanguage, Viewer viewer) {
		if (target == Language.SOURCE) {
			throw new NotFoundException("English is the source language, not a translation");
		}
		Map<String, EntryOverview> entries = new java.util.HashMap<>();
		guide.entries(viewer).forEach(e -> entries.put(e.slug(), e));
		Map<String, Integer> published = sources.publishedSourceNumbers();
		List<Item> outdated = new ArrayList<>();
		List<Item> missing = new ArrayList<>();
		List<Item> drafts = new ArrayList<>();
		List<Item> inReview = new ArrayList<>();
		int upToDate = 0;
		List<Workspace.EntryRow> rows = workspace.list(new Workspace.Filter(null, null, null, "guide"), interfaceLanguage,
				viewer);
		for (Workspace.EntryRow row : rows) {
			Workspace.TranslationState state = row.in(target);
			Integer added = null;
			Integer removed = null;
			if (state.outdated()) {
				SourceTracking.SourceChange change = sources.between(row.slug(), madeFrom(row.slug(), target, viewer),
						published.getOrDefault(row.slug(), 1), viewer);
				added = change.added();
				removed = change.removed();
			}
			Item item = new Item(row.slug(), row.categorySlug(), row.title(), row.visibility(), state.state(),
					state.number(), state.outdated(), added, removed);
			switch (state.state()) {
				case MISSING -> missing.add(item);
				case DRAFT -> drafts.add(item);
				case IN_REVIEW -> inReview.add(item);
				default -> {
					if (state.outdated()) {
						outdated.add(item);
					}
					else {
						upToDate++;
					}
				}
			}
		}
		Comparator<Item> guideOrder = Comparator.comparingInt(i -> guidePosition(entries.get(i.slug())));
		Comparator<Item> publicFirst = Comparator.comparing(Item::staffOnly);
		Comparator<Item> biggerChangeFirst = Comparator.comparingInt(Item::changeSize).reversed();
		return new Dashboard(target, sort(outdated, publicFirst.thenComparing(biggerChangeFirst).thenComparing(guideOrder)),
				sort(missing, publicFirst.thenComparing(guideOrder)),
				sort(drafts, publicFirst.thenComparing(guideOrder)), sort(inReview, publicFirst.thenComparing(guideOrder)),
				upToDate, rows.size());
	}

	private int madeFrom(String slug, Language target, Viewer viewer) {
		return sources.madeFrom(slug, target, viewer);
	}

	private static List<Item> sort(List<Item> items, Comparator<Item> order) {
		return items.stream().sorted(order).toList();
	}

	/** Category position, then entry position, in one number (a guide has far fewer than 100000 entries per category). */
	private static int guidePosition(EntryOverview entry) {
		return entry.categoryPosition() * 100_000 + entry.position();
	}

}
