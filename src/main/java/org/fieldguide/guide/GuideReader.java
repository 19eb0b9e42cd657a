package org.fieldguide.guide;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fieldguide.access.Viewer;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.guide.GuideViews.CategoryCard;
import org.fieldguide.guide.GuideViews.CategoryPage;
import org.fieldguide.guide.GuideViews.ChangedEntry;
import org.fieldguide.guide.GuideViews.DownloadableFile;
import org.fieldguide.guide.GuideViews.EntryCard;
import org.fieldguide.guide.GuideViews.EntryPage;
import org.fieldguide.guide.GuideViews.HomePage;
import org.fieldguide.guide.GuideViews.LockedEntry;
import org.fieldguide.guide.GuideViews.PhaseCard;
import org.fieldguide.guide.GuideViews.PhaseGroup;
import org.fieldguide.guide.GuideViews.PhasePage;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares the public reader's pages for one viewer in one language. Every query passes the set of
 * visibilities that {@link VisibilityPolicy} grants the viewer, so restricted content is never loaded
 * for someone who may not read it; what is not readable is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class GuideReader {

	private final CategoryRepository categories;

	private final EntryRepository entries;

	private final ResourceRepository resources;

	private final VisibilityPolicy policy;

	private final ResourceViews resourceViews;

	GuideReader(CategoryRepository categories, EntryRepository entries, ResourceRepository resources,
			VisibilityPolicy policy, ResourceViews resourceViews) {
		this.categories = categories;
		this.entries = entries;
		this.resources = resources;
		this.policy = policy;
		this.resourceViews = resourceViews;
	}

	public HomePage home(Language language, Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		List<Entry> all = entries.findAllReadable(staff);
		Map<Long, Long> perCategory = all.stream()
			.collect(Collectors.groupingBy(e -> e.category().id(), Collectors.counting()));
		List<CategoryCard> cards = categories.findReadable(staff)
			.stream()
			.map(c -> card(c, language, perCategory.getOrDefault(c.id(), 0L).intValue()))
			.toList();
		Map<Long, Set<Phase>> phases = phasesOf(all);
		List<PhaseCard> phaseCards = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			int count = (int) phases.values().stream().filter(p -> p.contains(phase)).count();
			phaseCards.add(new PhaseCard(phase, count));
		}
		return new HomePage(cards, phaseCards);
	}

	/** All readable categories, for navigation. */
	public List<CategoryCard> categories(Language language, Viewer viewer) {
		return categories.findReadable(policy.mayReadStaff(viewer)).stream().map(c -> card(c, language, 0)).toList();
	}

	public CategoryPage category(String slug, Language language, Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		Category category = categories.findReadable(slug, staff).orElseThrow(() -> categories.findBySlug(slug).isPresent()
				? policy.refusal(viewer, "category " + slug) : new NotFoundException("No category " + slug));
		List<Entry> inCategory = entries.findReadableInCategory(slug, staff);
		List<EntryCard> tree = tree(inCategory, language);
		List<LockedEntry> locked = List.of();
		if (policy.showsLockedTitles(viewer)) {
			List<Entry> staffOnly = entries.findStaffOnlyInPublicCategory(slug);
			locked = titles(staffOnly, language);
		}
		return new CategoryPage(card(category, language, inCategory.size()), tree, locked);
	}

	public PhasePage phase(Phase phase, Language language, Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		List<Entry> inPhase = entries.findReadableInPhase(phase, staff);
		Map<Long, EntryCard> cards = cards(inPhase, language);
		List<PhaseGroup> groups = new ArrayList<>();
		for (Category category : categories.findReadable(staff)) {
			List<EntryCard> inGroup = inPhase.stream()
				.filter(e -> e.category().id().equals(category.id()))
				.map(e -> cards.get(e.id()))
				.toList();
			if (!inGroup.isEmpty()) {
				groups.add(new PhaseGroup(card(category, language, inGroup.size()), inGroup));
			}
		}
		return new PhasePage(phase, groups);
	}

	public EntryPage entry(String categorySlug, String slug, Language language, Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		Entry entry = entries.findReadable(slug, staff)
			.filter(e -> e.category().slug().equals(categorySlug))
			.orElseThrow(() -> entries.exists(categorySlug, slug) ? policy.refusal(viewer, "entry " + slug)
					: new NotFoundException("No entry " + categorySlug + "/" + slug));
		Set<Language> available = EnumSet.noneOf(Language.class);
		entries.findLanguages(entry.id()).forEach(code -> Language.fromCode(code).ifPresent(available::add));
		Language textLanguage = available.contains(language) ? language : Language.SOURCE;
		EntryTranslation text = entries.findTranslation(entry.id(), textLanguage.code()).orElseThrow();

		List<Entry> children = entries.findReadableChildren(entry.id(), staff);
		List<Entry> related = entries.findReadableRelated(entry.id(), staff);
		List<Entry> linked = new ArrayList<>(children);
		linked.addAll(related);
		if (entry.parent() != null) {
			linked.add(entry.parent());
		}
		Map<Long, EntryCard> cards = cards(linked, language);
		LocalDate lastUpdated = text.reviewedOn() != null ? text.reviewedOn()
				: LocalDate.ofInstant(text.updatedAt(), ZoneOffset.UTC);
		return new EntryPage(entry.slug(), card(entry.category(), language, 0),
				entry.parent() == null ? null : cards.get(entry.parent().id()), text.title(), text.summary(),
				text.bodyHtml(), List.copyOf(text.keyPoints()), textLanguage, textLanguage != language, available,
				Set.copyOf(entry.phases()), Set.copyOf(entry.topics()), Set.copyOf(entry.typologies()),
				Set.copyOf(entry.managementModels()), children.stream().map(e -> cards.get(e.id())).toList(),
				related.stream().map(e -> cards.get(e.id())).toList(),
				resourceViews.items(resources.findReadableForEntry(entry.id(), staff), language), lastUpdated);
	}

	/**
	 * Entries the viewer may read whose text in this language (or the source language it falls back to)
	 * changed after {@code since}, newest change first: what an offline copy or a PDF made at that moment
	 * lacks.
	 */
	public List<ChangedEntry> changedSince(java.time.Instant since, Language language, Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		Map<Long, java.time.Instant> changed = new HashMap<>();
		for (Object[] row : entries.findReadableChangedSince(since, language.code(), Language.SOURCE.code(), staff)) {
			changed.put((Long) row[0], (java.time.Instant) row[1]);
		}
		if (changed.isEmpty()) {
			return List.of();
		}
		List<Entry> list = entries.findAllById(changed.keySet());
		Map<Long, EntryCard> cards = cards(list, language);
		return list.stream()
			.filter(e -> cards.containsKey(e.id()))
			.map(e -> new ChangedEntry(cards.get(e.id()), changed.get(e.id())))
			.sorted(java.util.Comparator.comparing(ChangedEntry::changedAt).reversed())
			.toList();
	}

	/**
	 * Every entry the viewer may read, with what a field pack is chosen by (phases, typologies, category,
	 * parent), in guide order: categories in order, each entry followed by its sub-entries.
	 */
	public List<GuideViews.PackEntry> packEntries(Language language, Viewer viewer) {
		List<Entry> all = entries.findAllReadable(policy.mayReadStaff(viewer));
		Map<Long, EntryCard> cards = cards(all, language);
		Map<Long, List<Entry>> children = new HashMap<>();
		for (Entry e : all) {
			if (e.parent() != null) {
				children.computeIfAbsent(e.parent().id(), k -> new ArrayList<>()).add(e);
			}
		}
		java.util.Set<Long> readable = all.stream().map(Entry::id).collect(Collectors.toSet());
		List<GuideViews.PackEntry> out = new ArrayList<>();
		for (Entry e : all) {
			if (e.parent() == null || !readable.contains(e.parent().id())) {
				addPackEntry(e, 0, cards, children, out);
			}
		}
		return out;
	}

	private void addPackEntry(Entry e, int depth, Map<Long, EntryCard> cards, Map<Long, List<Entry>> children,
			List<GuideViews.PackEntry> out) {
		EntryCard card = cards.get(e.id());
		if (card == null) {
			return;
		}
		out.add(new GuideViews.PackEntry(e.slug(), e.category().slug(),
				e.parent() == null ? null : e.parent().slug(), depth, card.title(), card.textLanguage(),
				Set.copyOf(e.phases()), Set.copyOf(e.typologies())));
		for (Entry child : children.getOrDefault(e.id(), List.of())) {
			addPackEntry(child, depth + 1, cards, children, out);
		}
	}

	/** A page of the sitemap: its path after the language, and the languages it exists in. */
	public record SitemapPage(String path, Set<Language> languages) {
	}

	/** Every reader page this viewer may read, with the languages each exists in (entries: their translations). */
	public List<SitemapPage> sitemap(Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		Set<Language> all = EnumSet.allOf(Language.class);
		List<SitemapPage> pages = new ArrayList<>();
		pages.add(new SitemapPage("/", all));
		pages.add(new SitemapPage("/resources", all));
		pages.add(new SitemapPage("/about", all));
		for (Phase phase : Phase.values()) {
			pages.add(new SitemapPage("/phases/" + phase.slug(), all));
		}
		for (Category category : categories.findReadable(staff)) {
			pages.add(new SitemapPage("/toolkit/" + category.slug(), all));
		}
		Map<Long, Set<Language>> languages = new HashMap<>();
		for (Object[] row : entries.findReadableLanguages(staff)) {
			Language.fromCode((String) row[1])
				.ifPresent(l -> languages.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(Language.class)).add(l));
		}
		for (Entry entry : entries.findAllReadable(staff)) {
			pages.add(new SitemapPage("/toolkit/" + entry.category().slug() + "/" + entry.slug(),
					languages.getOrDefault(entry.id(), Set.of(Language.SOURCE))));
		}
		return pages;
	}

	/**
	 * A resource's file in one language, if the viewer may read the resource; a restricted one answers
	 * with the policy's refusal (sign in, or 403), anything else unknown as empty.
	 */
	public java.util.Optional<DownloadableFile> file(String resourceSlug, String languageCode, Viewer viewer) {
		java.util.Optional<Resource> readable = resources.findReadable(resourceSlug, policy.mayReadStaff(viewer));
		if (readable.isEmpty() && resources.existsBySlug(resourceSlug)) {
			throw policy.refusal(viewer, "resource " + resourceSlug);
		}
		return readable.map(r -> r.files().get(languageCode))
			.map(f -> new DownloadableFile(f.fileName(), f.mediaType(), f.sizeBytes(), f.storageKey()));
	}

	/**
	 * The entries among {@code slugs} that this viewer may read, as cards in the order given; the others
	 * (unknown, or restricted for this viewer) are left out. For other modules that link to entries,
	 * such as the training manual's sessions.
	 */
	public List<EntryCard> entryCards(List<String> slugs, Language language, Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		List<Entry> readable = new ArrayList<>();
		for (String slug : slugs) {
			entries.findReadable(slug, staff).ifPresent(readable::add);
		}
		Map<Long, EntryCard> cards = cards(readable, language);
		return readable.stream().map(e -> cards.get(e.id())).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * The resources among {@code slugs} that this viewer may read, with their download links, in the order
	 * given; the others are left out. For other modules that list resources, such as training materials.
	 */
	public List<GuideViews.ResourceItem> resourceItems(List<String> slugs, Language language, Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		List<GuideViews.ResourceItem> items = new ArrayList<>();
		for (String slug : slugs) {
			resources.findReadable(slug, staff).ifPresent(r -> items.add(resourceViews.item(r, language)));
		}
		return items;
	}

	/** Titles only, in the reader's language or English: nothing else of these entries is loaded. */
	private List<LockedEntry> titles(List<Entry> list, Language language) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<String, String>> byEntry = new HashMap<>();
		for (Object[] row : entries.findTitlesOnly(list.stream().map(Entry::id).toList(), language.code(),
				Language.SOURCE.code())) {
			byEntry.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (String) row[2]);
		}
		List<LockedEntry> out = new ArrayList<>();
		for (Entry e : list) {
			Map<String, String> titles = byEntry.getOrDefault(e.id(), Map.of());
			Language shown = titles.containsKey(language.code()) ? language : Language.SOURCE;
			String title = titles.get(shown.code());
			if (title != null) {
				out.add(new LockedEntry(e.slug(), e.category().slug(), title, shown));
			}
		}
		return out;
	}

	private CategoryCard card(Category category, Language language, int entryCount) {
		LocalText.Chosen chosen = LocalText.choose(category.texts(), language);
		return new CategoryCard(category.slug(), chosen.text().title(), chosen.text().description(), chosen.language(),
				entryCount);
	}

	/** Cards for top-level entries with their sub-entries nested, in position order. */
	private List<EntryCard> tree(List<Entry> inCategory, Language language) {
		Map<Long, EntryCard> flat = cards(inCategory, language);
		Map<Long, List<EntryCard>> children = new HashMap<>();
		for (Entry e : inCategory) {
			if (e.parent() != null) {
				children.computeIfAbsent(e.parent().id(), k -> new ArrayList<>()).add(flat.get(e.id()));
			}
		}
		return inCategory.stream()
			.filter(e -> e.parent() == null)
			.map(e -> withChildren(flat.get(e.id()), children.getOrDefault(e.id(), List.of())))
			.toList();
	}

	private static EntryCard withChildren(EntryCard card, List<EntryCard> children) {
		return new EntryCard(card.slug(), card.categorySlug(), card.title(), card.summary(), card.textLanguage(),
				card.phases(), children);
	}

	/** Cards in one query for titles and one for phases, whatever the number of entries. */
	private Map<Long, EntryCard> cards(List<Entry> list, Language language) {
		if (list.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = list.stream().map(Entry::id).toList();
		Map<Long, Map<String, Object[]>> texts = new HashMap<>();
		for (Object[] row : entries.findTitles(ids, language.code(), Language.SOURCE.code())) {
			texts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], row);
		}
		Map<Long, Set<Phase>> phases = phasesOf(list);
		Map<Long, EntryCard> cards = new LinkedHashMap<>();
		for (Entry e : list) {
			Map<String, Object[]> byLanguage = texts.getOrDefault(e.id(), Map.of());
			Object[] t = byLanguage.getOrDefault(language.code(), byLanguage.get(Language.SOURCE.code()));
			if (t == null) {
				continue;
			}
			cards.put(e.id(), new EntryCard(e.slug(), e.category().slug(), (String) t[2], (String) t[3],
					Language.fromCode((String) t[1]).orElseThrow(), phases.getOrDefault(e.id(), Set.of()), List.of()));
		}
		return cards;
	}

	/** Phases of many entries; Hibernate loads the lazy collections in batches with one prepared query. */
	private static Map<Long, Set<Phase>> phasesOf(List<Entry> list) {
		Map<Long, Set<Phase>> phases = new HashMap<>();
		for (Entry e : list) {
			phases.put(e.id(), e.phases().isEmpty() ? Set.of() : EnumSet.copyOf(e.phases()));
		}
		return phases;
	}

}
