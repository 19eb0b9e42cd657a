package org.fieldguide.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideSnapshot.CategoryData;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.guide.GuideSnapshot.FileData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.guide.GuideSnapshot.Text;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole published guide — staff content included — as a {@link GuideSnapshot}, for exporting it as a
 * content package and for comparing a package with the guide. It bypasses the reader's visibility
 * filter on purpose, so only editors and publishers may call it; the check is here, not only on the URL.
 * File entries carry the file store's key.
 */
@Service
@Transactional(readOnly = true)
public class GuideContent {

	private final CategoryRepository categories;

	private final EntryRepository entries;

	private final ResourceRepository resources;

	GuideContent(CategoryRepository categories, EntryRepository entries, ResourceRepository resources) {
		this.categories = categories;
		this.entries = entries;
		this.resources = resources;
	}

	/** Everything in the guide. */
	public GuideSnapshot all(Viewer viewer) {
		requireEditor(viewer);
		return snapshot(categories.findAll(), entries.findAll(), resources.findAll());
	}

	/**
	 * One category, its entries and the resources attached to any of them. Links to entries of other
	 * categories are kept as they are: the package then needs a guide that has those entries.
	 */
	public GuideSnapshot category(String slug, Viewer viewer) {
		requireEditor(viewer);
		Category category = categories.findBySlug(slug).orElseThrow(() -> new NotFoundException("No category " + slug));
		List<Entry> inCategory = entries.findAll().stream().filter(e -> e.category().slug().equals(slug)).toList();
		Set<String> slugs = inCategory.stream().map(Entry::slug).collect(Collectors.toSet());
		List<Resource> attached = resources.findAll()
			.stream()
			.filter(r -> r.entries().stream().anyMatch(e -> slugs.contains(e.slug())))
			.toList();
		return snapshot(List.of(category), inCategory, attached);
	}

	/** Whether the viewer may read all content this way: editors and publishers. */
	public static boolean mayExport(Viewer viewer) {
		return viewer.has(Role.EDITOR) || viewer.has(Role.PUBLISHER);
	}

	private static void requireEditor(Viewer viewer) {
		if (!mayExport(viewer)) {
			throw new AccessDeniedException("Only editors and publishers may read the whole guide");
		}
	}

	private static GuideSnapshot snapshot(List<Category> categoryList, List<Entry> entryList, List<Resource> resourceList) {
		List<CategoryData> categoryData = categoryList.stream()
			.sorted(Comparator.comparingInt(Category::position).thenComparing(Category::slug))
			.map(c -> new CategoryData(c.slug(), c.position(), c.visibility(), texts(c.texts())))
			.toList();
		List<EntryData> entryData = entryList.stream()
			.sorted(Comparator.comparing(Entry::slug))
			.map(GuideContent::entry)
			.toList();
		List<ResourceData> resourceData = resourceList.stream()
			.sorted(Comparator.comparing(Resource::slug))
			.map(GuideContent::resource)
			.toList();
		return new GuideSnapshot(categoryData, entryData, resourceData);
	}

	private static EntryData entry(Entry e) {
		Map<Language, EntryText> texts = new EnumMap<>(Language.class);
		for (EntryTranslation t : e.translations()) {
			Language.fromCode(t.language())
				.ifPresent(language -> texts.put(language, new EntryText(t.title(), t.summary(), t.bodyMarkdown(),
						List.copyOf(t.keyPoints()), t.reviewedOn())));
		}
		Set<Phase> phases = e.phases().isEmpty() ? EnumSet.noneOf(Phase.class) : EnumSet.copyOf(e.phases());
		return new EntryData(e.slug(), e.category().slug(), e.parent() == null ? null : e.parent().slug(), e.position(),
				e.visibility(), phases, List.copyOf(e.topics()), List.copyOf(e.typologies()),
				List.copyOf(e.managementModels()), e.related().stream().map(Entry::slug).toList(), texts);
	}

	private static ResourceData resource(Resource r) {
		Map<Language, FileData> files = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			ResourceFile f = r.files().get(language.code());
			if (f != null) {
				files.put(language, new FileData(f.fileName(), f.mediaType(), f.sizeBytes(), f.storageKey(), null));
			}
		}
		List<String> entrySlugs = new ArrayList<>(r.entries().stream().map(Entry::slug).toList());
		return new ResourceData(r.slug(), r.type(), r.visibility(), r.publisher(), r.year(), r.externalUrl(), entrySlugs,
				texts(r.texts()), files);
	}

	private static Map<Language, Text> texts(Map<String, LocalText> texts) {
		Map<Language, Text> result = new EnumMap<>(Language.class);
		texts.forEach((code, text) -> Language.fromCode(code)
			.ifPresent(language -> result.put(language, new Text(text.title(), text.description()))));
		return result;
	}

}
