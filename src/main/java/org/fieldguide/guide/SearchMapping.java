package org.fieldguide.guide;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.fieldguide.access.Visibility;
import org.fieldguide.platform.Language;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * How entries and resources become search documents ({@link SearchIndex} names the fields). Referenced by
 * {@code hibernate.search.mapping.configurer}; the entities stay free of search annotations.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		var mapping = context.programmaticMapping();
		mapping.type(Entry.class).indexed().index(SearchIndex.ENTRY);
		mapping.type(Entry.class).binder(new EntryBinder());
		mapping.type(Resource.class).indexed().index(SearchIndex.RESOURCE);
		mapping.type(Resource.class).binder(new ResourceBinder());
	}

	static final class EntryBinder implements TypeBinder {

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies()
				.use("slug")
				.use("visibility")
				.use("phases")
				.use("translations.title")
				.use("translations.summary")
				.use("translations.bodyHtml")
				.use("translations.keyPoints")
				.use("translations.language");
			SearchIndex.Fields fields = new SearchIndex.Fields(context.indexSchemaElement(), context.typeFactory());
			context.bridge(Entry.class, new EntryBridge(fields));
		}

	}

	record EntryBridge(SearchIndex.Fields fields) implements TypeBridge<Entry> {

		@Override
		public void write(DocumentElement document, Entry entry, TypeBridgeWriteContext context) {
			document.addValue(fields.kind, SearchIndex.ENTRY);
			document.addValue(fields.slug, entry.slug());
			document.addValue(fields.category, entry.category().slug());
			document.addValue(fields.staff, entry.visibility() != Visibility.PUBLIC
					|| entry.category().visibility() != Visibility.PUBLIC
					|| (entry.parent() != null && entry.parent().visibility() != Visibility.PUBLIC));
			entry.phases().forEach(p -> document.addValue(fields.phases, p.slug()));
			Map<String, EntryTranslation> byLanguage = new HashMap<>();
			for (EntryTranslation t : entry.translations()) {
				byLanguage.put(t.language(), t);
				document.addValue(fields.languages, t.language());
			}
			for (Language language : Language.values()) {
				EntryTranslation t = byLanguage.getOrDefault(language.code(), byLanguage.get(Language.SOURCE.code()));
				if (t != null) {
					String body = String.join(". ", t.keyPoints()) + ". " + SearchIndex.plainText(t.bodyHtml());
					fields.text(document, language, t.language(), t.title(), t.summary(), body, t.keyPoints());
				}
			}
		}

	}

	static final class ResourceBinder implements TypeBinder {

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies().use("slug").use("visibility").use("type").use("texts").use("files");
			SearchIndex.Fields fields = new SearchIndex.Fields(context.indexSchemaElement(), context.typeFactory());
			context.bridge(Resource.class, new ResourceBridge(fields));
		}

	}

	record ResourceBridge(SearchIndex.Fields fields) implements TypeBridge<Resource> {

		@Override
		public void write(DocumentElement document, Resource resource, TypeBridgeWriteContext context) {
			document.addValue(fields.kind, SearchIndex.RESOURCE);
			document.addValue(fields.slug, resource.slug());
			document.addValue(fields.staff, resource.visibility() != Visibility.PUBLIC);
			document.addValue(fields.type, resource.type().slug());
			Set<String> categories = new LinkedHashSet<>();
			Set<String> phases = new LinkedHashSet<>();
			for (Entry entry : resource.entries()) {
				categories.add(entry.category().slug());
				entry.phases().forEach(p -> phases.add(p.slug()));
			}
			categories.forEach(c -> document.addValue(fields.category, c));
			phases.forEach(p -> document.addValue(fields.phases, p));
			Set<String> languages = new LinkedHashSet<>(resource.files().keySet());
			if (languages.isEmpty()) {
				languages.addAll(resource.texts().keySet());
			}
			languages.forEach(l -> document.addValue(fields.languages, l));
			for (Language language : Language.values()) {
				String textLanguage = resource.texts().containsKey(language.code()) ? language.code() : Language.SOURCE.code();
				LocalText text = resource.texts().get(textLanguage);
				if (text == null) {
					continue;
				}
				ResourceFile file = resource.files().get(language.code());
				String fileLanguage = language.code();
				if (file == null) {
					file = resource.files().get(Language.SOURCE.code());
					fileLanguage = Language.SOURCE.code();
				}
				if (file == null && !resource.files().isEmpty()) {
					var first = resource.files().entrySet().iterator().next();
					file = first.getValue();
					fileLanguage = first.getKey();
				}
				fields.text(document, language, textLanguage, text.title(), text.description(),
						file == null ? null : file.text(), java.util.List.of());
				if (file != null) {
					document.addValue(fields.file.get(language), fileLanguage + "/" + file.fileName());
				}
			}
		}

	}

}
