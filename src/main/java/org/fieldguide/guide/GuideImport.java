package org.fieldguide.guide;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.fieldguide.guide.GuideSnapshot.CategoryData;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.guide.GuideSnapshot.FileData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.guide.GuideSnapshot.Text;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a checked {@link GuideSnapshot} to the guide in one transaction: either all of it is stored or,
 * on the first failure, none of it. Markdown bodies are rendered to sanitised HTML here, once.
 */
@Service
public class GuideImport {

	private final CategoryRepository categories;

	private final EntryRepository entries;

	private final ResourceRepository resources;

	private final MarkdownRenderer markdown;

	private final org.springframework.context.ApplicationEventPublisher events;

	GuideImport(CategoryRepository categories, EntryRepository entries, ResourceRepository resources,
			MarkdownRenderer markdown, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.categories = categories;
		this.entries = entries;
		this.resources = resources;
		this.markdown = markdown;
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return categories.count() == 0;
	}

	/** Slugs already taken, so that an importer can refuse a clash before it writes anything. */
	@Transactional(readOnly = true)
	public Set<String> existingSlugs() {
		Set<String> slugs = new HashSet<>();
		categories.findAll().forEach(c -> slugs.add("category:" + c.slug()));
		entries.findAll().forEach(e -> slugs.add("entry:" + e.slug()));
		resources.findAll().forEach(r -> slugs.add("resource:" + r.slug()));
		return slugs;
	}

	@Transactional
	public void add(GuideSnapshot snapshot) {
		events.publishEvent(new GuideChanged("import of " + snapshot.entries().size() + " entries and "
				+ snapshot.resources().size() + " resources"));
		Map<String, Category> categoryBySlug = new HashMap<>();
		for (Category existing : categories.findAll()) {
			categoryBySlug.put(existing.slug(), existing);
		}
		for (CategoryData data : snapshot.categories()) {
			Category category = new Category(data.slug(), data.position(), data.visibility());
			data.texts().forEach((language, text) -> category.texts().put(language.code(), localText(text)));
			categoryBySlug.put(data.slug(), categories.save(category));
		}

		Map<String, Entry> entryBySlug = new HashMap<>();
		for (EntryData data : snapshot.entries()) {
			entryBySlug.put(data.slug(), null);
		}
		// parents before children: an entry's parent is saved first
		for (EntryData data : snapshot.entries()) {
			save(data, snapshot, categoryBySlug, entryBySlug);
		}
		for (EntryData data : snapshot.entries()) {
			Entry entry = entryBySlug.get(data.slug());
			for (String related : data.related()) {
				entry.related().add(entryBySlug.containsKey(related) ? entryBySlug.get(related) : existing(related));
			}
		}

		for (ResourceData data : snapshot.resources()) {
			Resource resource = new Resource(data.slug(), data.type(), data.visibility(), data.publisher(), data.year(),
					data.link());
			data.texts().forEach((language, text) -> resource.texts().put(language.code(), localText(text)));
			data.files().forEach((language, file) -> resource.files().put(language.code(), resourceFile(file)));
			for (String slug : data.entries()) {
				resource.entries().add(entryBySlug.containsKey(slug) ? entryBySlug.get(slug) : existing(slug));
			}
			resources.save(resource);
		}
	}

	private Entry save(EntryData data, GuideSnapshot snapshot, Map<String, Category> categoryBySlug,
			Map<String, Entry> entryBySlug) {
		Entry done = entryBySlug.get(data.slug());
		if (done != null) {
			return done;
		}
		Entry parent = null;
		if (data.parent() != null) {
			EntryData parentData = snapshot.entries().stream().filter(e -> e.slug().equals(data.parent())).findFirst().orElse(null);
			parent = parentData != null ? save(parentData, snapshot, categoryBySlug, entryBySlug) : existing(data.parent());
		}
		Entry entry = new Entry(data.slug(), categoryBySlug.get(data.category()), parent, data.position(),
				data.visibility());
		entry.phases().addAll(data.phases());
		entry.topics().addAll(data.topics());
		entry.typologies().addAll(data.typologies());
		entry.managementModels().addAll(data.managementModels());
		for (Map.Entry<Language, EntryText> text : data.texts().entrySet()) {
			EntryText t = text.getValue();
			entry.addTranslation(text.getKey().code(), t.title(), t.summary(), t.markdown(), markdown.render(t.markdown(), text.getKey()),
					t.keyPoints(), t.reviewedOn());
		}
		Entry saved = entries.save(entry);
		entryBySlug.put(data.slug(), saved);
		return saved;
	}

	private Entry existing(String slug) {
		return entries.findBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No entry " + slug));
	}

	private static LocalText localText(Text text) {
		return new LocalText(text.title(), text.description());
	}

	private static ResourceFile resourceFile(FileData file) {
		return new ResourceFile(file.fileName(), file.mediaType(), file.sizeBytes(), file.storageKey(), file.text());
	}

}
