package org.fieldguide.guide;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fieldguide.platform.Language;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * The search index of the guide: one document per entry and per resource, in two indexes that share
 * these field names so that one query searches both. For every language there is the text a reader of
 * that language sees (the translation, or English when there is none), analysed for that language.
 * {@code staff} is true when only staff may read the item: the search module turns the visibility
 * policy into a filter on it, inside the query.
 */
public final class SearchIndex {

	public static final String KIND = "kind";

	public static final String SLUG = "slug";

	public static final String CATEGORY = "category";

	public static final String STAFF = "staff";

	public static final String PHASES = "phases";

	public static final String TYPE = "type";

	public static final String LANGUAGES = "languages";


	public static final String ENTRY = "entry";

	public static final String RESOURCE = "resource";

	private SearchIndex() {
	}

	public static String title(Language language) {
		return "title_" + language.code();
	}

	public static String summary(Language language) {
		return "summary_" + language.code();
	}

	public static String body(Language language) {
		return "body_" + language.code();
	}

	/** Title, summary and key points of one language's text, lightly analysed, for typo-tolerant matching. */
	public static String words(Language language) {
		return "words_" + language.code();
	}

	/** Edge n-grams of the title, for suggestions while typing. */
	public static String prefix(Language language) {
		return "prefix_" + language.code();
	}

	/** The language the text fields of {@code language} are really in (English when not translated). */
	public static String textLanguage(Language language) {
		return "textlang_" + language.code();
	}

	/** For resources: {@code lang/fileName} of the file a reader of this language downloads. */
	public static String file(Language language) {
		return "file_" + language.code();
	}

	/** References to every field, declared once for both indexes. */
	static final class Fields {

		final IndexFieldReference<String> kind;

		final IndexFieldReference<String> slug;

		final IndexFieldReference<String> category;

		final IndexFieldReference<Boolean> staff;

		final IndexFieldReference<String> phases;

		final IndexFieldReference<String> type;

		final IndexFieldReference<String> languages;

		final Map<Language, IndexFieldReference<String>> words = new EnumMap<>(Language.class);

		final Map<Language, IndexFieldReference<String>> title = new EnumMap<>(Language.class);

		final Map<Language, IndexFieldReference<String>> summary = new EnumMap<>(Language.class);

		final Map<Language, IndexFieldReference<String>> body = new EnumMap<>(Language.class);

		final Map<Language, IndexFieldReference<String>> prefix = new EnumMap<>(Language.class);

		final Map<Language, IndexFieldReference<String>> textLanguage = new EnumMap<>(Language.class);

		final Map<Language, IndexFieldReference<String>> file = new EnumMap<>(Language.class);

		Fields(IndexSchemaElement schema, IndexFieldTypeFactory types) {
			kind = schema.field(KIND, types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES)).toReference();
			slug = schema.field(SLUG, types.asString().projectable(Projectable.YES)).toReference();
			category = schema.field(CATEGORY, types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES))
				.multiValued()
				.toReference();
			staff = schema.field(STAFF, types.asBoolean()).toReference();
			phases = schema.field(PHASES, types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES))
				.multiValued()
				.toReference();
			type = schema.field(TYPE, types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES)).toReference();
			languages = schema.field(LANGUAGES, types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES))
				.multiValued()
				.toReference();
			for (Language language : Language.values()) {
				String analyzer = language.code();
				title.put(language, schema.field(title(language), types.asString()
					.analyzer(analyzer)
					.projectable(Projectable.YES)
					.highlightable(List.of(Highlightable.ANY))).toReference());
				summary.put(language, schema.field(summary(language), types.asString()
					.analyzer(analyzer)
					.projectable(Projectable.YES)
					.highlightable(List.of(Highlightable.ANY))).toReference());
				body.put(language, schema.field(body(language), types.asString()
					.analyzer(analyzer)
					.projectable(Projectable.YES)
					.highlightable(List.of(Highlightable.ANY))).toReference());
				prefix.put(language, schema.field(prefix(language),
						types.asString().analyzer(SearchAnalysis.PREFIX).searchAnalyzer(SearchAnalysis.PLAIN)).toReference());
				words.put(language, schema.field(words(language), types.asString().analyzer(SearchAnalysis.PLAIN))
					.multiValued()
					.toReference());
				textLanguage.put(language, schema.field(textLanguage(language), types.asString().projectable(Projectable.YES))
					.toReference());
				file.put(language, schema.field(file(language), types.asString().projectable(Projectable.YES)).toReference());
			}
		}

		void text(DocumentElement document, Language language, String textLanguage, String title, String summary,
				String body, java.util.List<String> keyPoints) {
			document.addValue(this.textLanguage.get(language), textLanguage);
			document.addValue(words.get(language), title);
			if (summary != null) {
				document.addValue(words.get(language), summary);
			}
			keyPoints.forEach(k -> document.addValue(words.get(language), k));
			document.addValue(this.title.get(language), title);
			document.addValue(prefix.get(language), title);
			if (summary != null) {
				document.addValue(this.summary.get(language), summary);
			}
			if (body != null && !body.isBlank()) {
				document.addValue(this.body.get(language), body);
			}
		}

	}

	/** Rendered HTML as plain text: tags dropped, entities decoded, whitespace collapsed. */
	static String plainText(String html) {
		if (html == null) {
			return "";
		}
		String text = html.replaceAll("(?s)<[^>]*>", " ");
		return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ").strip();
	}

}
