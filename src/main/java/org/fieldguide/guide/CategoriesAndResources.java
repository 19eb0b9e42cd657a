package org.fieldguide.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editorial workspace reads and writes of the guide's categories and resources. Reads need an
 * editor or publisher; every write needs a publisher (they are applied directly, readers see them at once)
 * and publishes {@link GuideChanged} in the caller's transaction.
 */
@Service
public class CategoriesAndResources {

	/** A title and a description in one language. */
	public record Text(String title, String description) {
	}

	/** A category as the workspace edits it; the position is changed only by {@link #move}. */
	public record CategoryState(String slug, int position, Visibility visibility, Map<Language, Text> texts) {

		public String title(Language preferred) {
			Text t = texts.getOrDefault(preferred, texts.get(Language.SOURCE));
			return t == null ? slug : t.title();
		}

	}

	/** A stored file of a resource in one language. */
	public record FileRef(String fileName, String mediaType, long sizeBytes, String storageKey) {
	}

	/** A resource as the workspace edits it: metadata, the entries it belongs to, texts and files per language. */
	public record ResourceState(String slug, ResourceType type, Visibility visibility, String publisher, Integer year,
			String link, List<String> entries, Map<Language, Text> texts, Map<Language, FileRef> files) {

		public String title(Language preferred) {
			Text t = texts.getOrDefault(preferred, texts.get(Language.SOURCE));
			return t == null ? slug : t.title();
		}

	}

	private final CategoryRepository categories;

	private final ResourceRepository resources;

	private final EntryRepository entries;

	private final ApplicationEventPublisher events;

	CategoriesAndResources(CategoryRepository categories, ResourceRepository resources, EntryRepository entries,
			ApplicationEventPublisher events) {
		this.categories = categories;
		this.resources = resources;
		this.entries = entries;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<CategoryState> categories(Viewer viewer) {
		requireEditor(viewer);
		return categories.findAll().stream().sorted(Comparator.comparingInt(Category::position)).map(CategoriesAndResources::state).toList();
	}

	@Transactional(readOnly = true)
	public CategoryState category(String slug, Viewer viewer) {
		requireEditor(viewer);
		return state(category(slug));
	}

	/** Adds a category at the end of the guide, or changes one (its slug never changes). */
	@Transactional
	public void saveCategory(CategoryState state, boolean create, Viewer viewer) {
		requirePublisher(viewer);
		Category category;
		if (create) {
			if (categories.findBySlug(state.slug()).isPresent()) {
				throw new IllegalStateException("A category " + state.slug() + " exists already");
			}
			int last = categories.findAll().stream().mapToInt(Category::position).max().orElse(0);
			category = categories.save(new Category(state.slug(), last + 1, state.visibility()));
		}
		else {
			category = category(state.slug());
			category.update(category.position(), state.visibility());
		}
		putTexts(category.texts(), state.texts());
		events.publishEvent(new GuideChanged("category " + state.slug()));
	}

	/** Swaps the category with its neighbour before ({@code -1}) or after ({@code +1}); nothing at the ends. */
	@Transactional
	public void move(String slug, int direction, Viewer viewer) {
		requirePublisher(viewer);
		List<Category> ordered = new ArrayList<>(categories.findAll());
		ordered.sort(Comparator.comparingInt(Category::position));
		int index = ordered.indexOf(category(slug));
		int other = index + Integer.signum(direction);
		if (other < 0 || other >= ordered.size()) {
			return;
		}
		ordered.add(other, ordered.remove(index));
		// positions are renumbered 1..n so that equal positions from old imports cannot make a move a no-op
		for (int i = 0; i < ordered.size(); i++) {
			Category c = ordered.get(i);
			if (c.position() != i + 1) {
				c.update(i + 1, c.visibility());
			}
		}
		events.publishEvent(new GuideChanged("category order"));
	}

	@Transactional(readOnly = true)
	public List<ResourceState> resources(Viewer viewer) {
		requireEditor(viewer);
		return resources.findAll().stream().sorted(Comparator.comparing(Resource::slug)).map(CategoriesAndResources::state).toList();
	}

	@Transactional(readOnly = true)
	public ResourceState resource(String slug, Viewer viewer) {
		requireEditor(viewer);
		return state(resource(slug));
	}

	/** Adds or replaces a resource with exactly this state (texts and files of languages left out are removed). */
	@Transactional
	public void saveResource(ResourceState state, boolean create, Viewer viewer) {
		requirePublisher(viewer);
		Resource resource;
		if (create) {
			if (resources.existsBySlug(state.slug())) {
				throw new IllegalStateException("A resource " + state.slug() + " exists already");
			}
			resource = resources.save(new Resource(state.slug(), state.type(), state.visibility(), state.publisher(),
					state.year(), state.link()));
		}
		else {
			resource = resource(state.slug());
			resource.update(state.type(), state.visibility(), state.publisher(), state.year(), state.link());
		}
		putTexts(resource.texts(), state.texts());
		Map<String, ResourceFile> kept = Map.copyOf(resource.files());
		resource.files().keySet().removeIf(code -> Language.fromCode(code).map(l -> !state.files().containsKey(l)).orElse(true));
		state.files().forEach((language, f) -> {
			ResourceFile old = kept.get(language.code());
			if (old == null || !old.storageKey().equals(f.storageKey())) {
				// the text for search is extracted at import only; an uploaded file is found by its title
				resource.files().put(language.code(), new ResourceFile(f.fileName(), f.mediaType(), f.sizeBytes(),
						f.storageKey(), null));
			}
		});
		Set<Entry> linked = new LinkedHashSet<>();
		for (String slug : state.entries()) {
			linked.add(entries.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No entry " + slug)));
		}
		if (!resource.entries().equals(linked)) {
			resource.entries().clear();
			resource.entries().addAll(linked);
		}
		events.publishEvent(new GuideChanged("resource " + state.slug()));
	}

	private Category category(String slug) {
		return categories.findBySlug(slug).orElseThrow(() -> new NotFoundException("No category " + slug));
	}

	private Resource resource(String slug) {
		return resources.findAll().stream().filter(r -> r.slug().equals(slug)).findFirst()
			.orElseThrow(() -> new NotFoundException("No resource " + slug));
	}

	private static CategoryState state(Category c) {
		return new CategoryState(c.slug(), c.position(), c.visibility(), texts(c.texts()));
	}

	private static ResourceState state(Resource r) {
		Map<Language, FileRef> files = new EnumMap<>(Language.class);
		r.files().forEach((code, f) -> Language.fromCode(code).ifPresent(l -> files.put(l,
				new FileRef(f.fileName(), f.mediaType(), f.sizeBytes(), f.storageKey()))));
		List<String> linked = r.entries().stream().map(Entry::slug).sorted().toList();
		return new ResourceState(r.slug(), r.type(), r.visibility(), r.publisher(), r.year(), r.externalUrl(), linked,
				texts(r.texts()), Map.copyOf(files));
	}

	private static Map<Language, Text> texts(Map<String, LocalText> stored) {
		Map<Language, Text> texts = new EnumMap<>(Language.class);
		stored.forEach((code, t) -> Language.fromCode(code).ifPresent(l -> texts.put(l, new Text(t.title(), t.description()))));
		return Map.copyOf(texts);
	}

	private static void putTexts(Map<String, LocalText> current, Map<Language, Text> wanted) {
		current.keySet().removeIf(code -> Language.fromCode(code).map(l -> !wanted.containsKey(l)).orElse(true));
		wanted.forEach((language, t) -> {
			LocalText value = new LocalText(t.title(), t.description());
			if (!value.equals(current.get(language.code()))) {
				current.put(language.code(), value);
			}
		});
	}

	private static void requireEditor(Viewer viewer) {
		if (!viewer.has(Role.EDITOR) && !viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only editors and publishers see the workspace");
		}
	}

	private static void requirePublisher(Viewer viewer) {
		if (!viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only a publisher changes categories and resources");
		}
	}

}
