package org.fieldguide.editorial;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fieldguide.access.Visibility;
import org.fieldguide.guide.CategoriesAndResources.CategoryState;
import org.fieldguide.guide.CategoriesAndResources.Text;
import org.fieldguide.platform.Language;

/**
 * What the category form sends: a slug (only when creating), who may read it, a title and description
 * per language ({@code title_fr}, {@code description_fr}) and a comment for the history.
 */
record CategoryForm(String slug, String visibility, Map<Language, String> titles, Map<Language, String> descriptions,
		String comment) {

	static final int MAX_TITLE = 200;

	static CategoryForm from(Map<String, String> params) {
		return new CategoryForm(trim(params.get("slug")), params.get("visibility"), perLanguage(params, "title_"),
				perLanguage(params, "description_"), trim(params.get("comment")));
	}

	static CategoryForm of(CategoryState state) {
		Map<Language, String> titles = new EnumMap<>(Language.class);
		Map<Language, String> descriptions = new EnumMap<>(Language.class);
		state.texts().forEach((l, t) -> {
			titles.put(l, t.title());
			descriptions.put(l, t.description() == null ? "" : t.description());
		});
		return new CategoryForm(state.slug(), state.visibility().name(), titles, descriptions, "");
	}

	static CategoryForm empty() {
		return new CategoryForm("", Visibility.PUBLIC.name(), Map.of(), Map.of(), "");
	}

	/** Message keys of what is wrong, empty when the form can be saved. */
	List<String> errors(boolean create) {
		List<String> errors = new ArrayList<>();
		if (create && (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80)) {
			errors.add("catalogue.error.slug");
		}
		if (visibilityValue(visibility) == null) {
			errors.add("catalogue.error.visibility");
		}
		textErrors(errors, titles, descriptions, MAX_TITLE);
		return errors;
	}

	CategoryState toState(String fixedSlug) {
		return new CategoryState(fixedSlug, 0, visibilityValue(visibility), texts(titles, descriptions));
	}

	public String title(Language l) {
		return titles.getOrDefault(l, "");
	}

	public String description(Language l) {
		return descriptions.getOrDefault(l, "");
	}

	static void textErrors(List<String> errors, Map<Language, String> titles, Map<Language, String> descriptions,
			int maxTitle) {
		if (titles.get(Language.SOURCE) == null) {
			errors.add("catalogue.error.englishTitle");
		}
		for (Language l : Language.values()) {
			if (titles.get(l) == null && descriptions.get(l) != null) {
				errors.add("catalogue.error.titleMissing");
				break;
			}
		}
		if (titles.values().stream().anyMatch(t -> t.length() > maxTitle)
				|| descriptions.values().stream().anyMatch(d -> d.length() > 2000)) {
			errors.add("catalogue.error.tooLong");
		}
	}

	static Map<Language, Text> texts(Map<Language, String> titles, Map<Language, String> descriptions) {
		Map<Language, Text> texts = new EnumMap<>(Language.class);
		titles.forEach((l, t) -> texts.put(l, new Text(t, descriptions.get(l))));
		return Map.copyOf(texts);
	}

	static Visibility visibilityValue(String value) {
		for (Visibility v : Visibility.values()) {
			if (v.name().equals(value)) {
				return v;
			}
		}
		return null;
	}

	/** Only non-blank values, so that a language left empty has no text. */
	static Map<Language, String> perLanguage(Map<String, String> params, String prefix) {
		Map<Language, String> values = new EnumMap<>(Language.class);
		for (Language l : Language.values()) {
			String v = trim(params.get(prefix + l.code()));
			if (v != null && !v.isEmpty()) {
				values.put(l, v);
			}
		}
		return values;
	}

	static String trim(String s) {
		return s == null ? null : s.strip();
	}

}
