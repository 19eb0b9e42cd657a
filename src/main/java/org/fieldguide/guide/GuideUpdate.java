package org.fieldguide.guide;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideSnapshot.CategoryData;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.guide.GuideSnapshot.Text;
import org.fieldguide.platform.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * Writes a checked {@link GuideSnapshot} over the guide in one transaction: what does not exist yet is
 * added, what exists (same slug) is updated in place. Only what the snapshot names is touched: an
 * entry's translations and a resource's files in languages the snapshot leaves out stay as they are,
 * and so does everything the snapshot does not mention. Unchanged values are not written again, so
 * their "last changed" times stay. Only publishers may do this.
 */
@Service
public class GuideUpdate {

	private final CategoryRepository categories;

	private final EntryRepository entries;

	private final ResourceRepository resources;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	GuideUpdate(CategoryRepository categories, EntryRepository entries, ResourceRepository resources,
			MarkdownRenderer markdown, ApplicationEventPublisher events) {
		this.categories = categories;
		this.entries = entries;
		this.resources = resources;
		this.markdown = markdown;
		this.events = events;
	}

	@Transactional
	public void apply(GuideSnapshot write, Viewer viewer) {
		if (!viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only publishers may change the published guide");
		}
		if (write.categories().isEmpty() && write.entries().isEmpty() && write.resources().isEmpty()) {
			return;
		}
		events.publishEvent(new GuideChanged("package import: " + write.categories().size() + " categories, "
				+ write.entries().size() + " entries, " + write.resources().size() + " resources"));
		Map<String, Category> categoryBySlug = new HashMap<>();
		categories.findAll().forEach(c -> categoryBySlug.put(c.slug(), c));
		for (CategoryData data : write.categories()) {
			Category category = categoryBySlug.get(data.slug());
			if (category == null) {
				category = categories.save(new Category(data.slug(), data.position(), data.visibility()));
				categoryBySlug.put(data.slug(), category);
			}
			else if (category.position() != data.position() || category.visibility() != data.visibility()) {
				category.update(data.position(), data.visibility());
			}
			putTexts(category.texts(), data.texts());
		}

		Map<String, Entry> entryBySlug = new HashMap<>();
		entries.findAll().forEach(e -> entryBySlug.put(e.slug(), e));
		// first every entry exists, then parents and links can point at any of them
		for (EntryData data : write.entries()) {
			if (!entryBySlug.containsKey(data.slug())) {
				Entry entry = new Entry(data.slug(), categoryBySlug.get(data.category()), null, data.position(),
						data.visibility());
				entryBySlug.put(data.slug(), entries.save(entry));
			}
		}
		for (EntryData data : write.entries()) {
			update(entryBySlug.get(data.slug()), data, categoryBySlug, entryBySlug);
		}

		Map<String, Resource> resourceBySlug = new HashMap<>();
		resources.findAll().forEach(r -> resourceBySlug.put(r.slug(), r));
		for (ResourceData data : write.resources()) {
			Resource resource = resourceBySlug.get(data.slug());
			if (resource == null) {
				resource = resources.save(new Resource(data.slug(), data.type(), data.visibility(), data.publisher(),
						data.year(), data.link()));
			}
			else if (resource.type() != data.type() || resource.visibility() != data.visibility()
					|| !Objects.equals(resource.publisher(), data.publisher()) || !Objects.equals(resource.year(), data.year())
					|| !Objects.equals(resource.externalUrl(), data.link())) {
				resource.update(data.type(), data.visibility(), data.publisher(), data.year(), data.link());
			}
			putTexts(resource.texts(), data.texts());
			Resource r = resource;
			data.files().forEach((language, f) -> r.files().put(language.code(),
					new ResourceFile(f.fileName(), f.mediaType(), f.sizeBytes(), f.storageKey(), f.text())));
			Set<Entry> linked = new LinkedHashSet<>();
			data.entries().forEach(slug -> linked.add(required(entryBySlug, slug)));
			if (!resource.entries().stream().map(Entry::slug).collect(java.util.stream.Collectors.toSet())
				.equals(Set.copyOf(data.entries()))) {
				resource.entries().clear();
				resource.entries().addAll(linked);
			}
		}
	}

	private void update(Entry entry, EntryData data, Map<String, Category> categoryBySlug, Map<String, Entry> entryBySlug) {
		Category category = categoryBySlug.get(data.category());
		Entry parent = data.parent() == null ? null : required(entryBySlug, data.parent());
		if (!entry.category().slug().equals(data.category())
				|| !Objects.equals(entry.parent() == null ? null : entry.parent().slug(), data.parent())
				|| entry.position() != data.position()
				|| entry.visibility() != data.visibility()) {
			entry.update(category, parent, data.position(), data.visibility());
		}
		replaceIfDifferent(entry.phases(), Set.copyOf(data.phases()));
		replaceIfDifferent(entry.topics(), Set.copyOf(data.topics()));
		replaceIfDifferent(entry.typologies(), Set.copyOf(data.typologies()));
		replaceIfDifferent(entry.managementModels(), Set.copyOf(data.managementModels()));
		var related = data.related().stream().map(slug -> required(entryBySlug, slug)).toList();
		if (!entry.related().stream().map(Entry::slug).toList().equals(data.related())) {
			entry.related().clear();
			entry.related().addAll(related);
		}
		for (Map.Entry<Language, EntryText> text : data.texts().entrySet()) {
			EntryText t = text.getValue();
			String html = markdown.render(t.markdown(), text.getKey());
			EntryTranslation existing = entry.translations()
				.stream()
				.filter(tr -> tr.language().equals(text.getKey().code()))
				.findFirst()
				.orElse(null);
			if (existing == null) {
				entry.addTranslation(text.getKey().code(), t.title(), t.summary(), t.markdown(), html, t.keyPoints(),
						t.reviewedOn());
			}
			else if (!Objects.equals(existing.title(), t.title()) || !Objects.equals(existing.summary(), t.summary())
					|| !Objects.equals(existing.bodyMarkdown(), t.markdown()) || !existing.keyPoints().equals(t.keyPoints())
					|| !Objects.equals(existing.reviewedOn(), t.reviewedOn())) {
				existing.replace(t.title(), t.summary(), t.markdown(), html, t.keyPoints(), t.reviewedOn());
			}
		}
	}

	private static <T> void replaceIfDifferent(Set<T> current, Set<T> wanted) {
		if (!Set.copyOf(current).equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	private static void putTexts(Map<String, LocalText> current, Map<Language, Text> wanted) {
		wanted.forEach((language, text) -> {
			LocalText value = new LocalText(text.title(), text.description());
			if (!value.equals(current.get(language.code()))) {
				current.put(language.code(), value);
			}
		});
	}

	private static Entry required(Map<String, Entry> entryBySlug, String slug) {
		Entry entry = entryBySlug.get(slug);
		if (entry == null) {
			throw new IllegalArgumentException("No entry " + slug);
		}
		return entry;
	}

}
