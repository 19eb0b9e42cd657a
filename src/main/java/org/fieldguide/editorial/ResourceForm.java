package org.fieldguide.editorial;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fieldguide.access.Visibility;
import org.fieldguide.guide.CategoriesAndResources.FileRef;
import org.fieldguide.guide.CategoriesAndResources.ResourceState;
import org.fieldguide.guide.ResourceType;
import org.fieldguide.platform.Language;

/**
 * What the resource metadata form sends. Files are not part of it: each language's file is uploaded,
 * replaced or removed with its own small form, so a refused upload never costs the editor other changes.
 */
record ResourceForm(String slug, String type, String visibility, String publisher, String year, String link,
		List<String> entries, Map<Language, String> titles, Map<Language, String> descriptions, String comment) {

	static ResourceForm from(Map<String, String> params, List<String> entries) {
		return new ResourceForm(CategoryForm.trim(params.get("slug")), params.get("type"), params.get("visibility"),
				CategoryForm.trim(params.get("publisher")), CategoryForm.trim(params.get("year")),
				CategoryForm.trim(params.get("link")), entries == null ? List.of() : List.copyOf(entries),
				CategoryForm.perLanguage(params, "title_"), CategoryForm.perLanguage(params, "description_"),
				CategoryForm.trim(params.get("comment")));
	}

	static ResourceForm of(ResourceState r) {
		Map<Language, String> titles = new EnumMap<>(Language.class);
		Map<Language, String> descriptions = new EnumMap<>(Language.class);
		r.texts().forEach((l, t) -> {
			titles.put(l, t.title());
			descriptions.put(l, t.description() == null ? "" : t.description());
		});
		return new ResourceForm(r.slug(), r.type().slug(), r.visibility().name(), r.publisher(),
				r.year() == null ? "" : r.year().toString(), r.link(), r.entries(), titles, descriptions, "");
	}

	static ResourceForm empty() {
		return new ResourceForm("", ResourceType.GUIDANCE.slug(), Visibility.PUBLIC.name(), "", "", "", List.of(),
				Map.of(), Map.of(), "");
	}

	List<String> errors(boolean create, Set<String> knownEntries) {
		List<String> errors = new ArrayList<>();
		if (create && (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80)) {
			errors.add("catalogue.error.slug");
		}
		if (ResourceType.fromSlug(type).isEmpty()) {
			errors.add("catalogue.error.type");
		}
		if (CategoryForm.visibilityValue(visibility) == null) {
			errors.add("catalogue.error.visibility");
		}
		if (year != null && !year.isEmpty() && !year.matches("(19|20)[0-9]{2}")) {
			errors.add("catalogue.error.year");
		}
		if (publisher != null && publisher.length() > 200) {
			errors.add("catalogue.error.tooLong");
		}
		if (link != null && !link.isEmpty() && !validLink(link)) {
			errors.add("catalogue.error.link");
		}
		if (!knownEntries.containsAll(entries)) {
			errors.add("catalogue.error.entries");
		}
		CategoryForm.textErrors(errors, titles, descriptions, 300);
		return errors;
	}

	/** Only absolute http and https addresses with a host: no javascript:, data:, file: or relative links. */
	static boolean validLink(String link) {
		if (link.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(link);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	ResourceState toState(String fixedSlug, Map<Language, FileRef> files) {
		return new ResourceState(fixedSlug, ResourceType.fromSlug(type).orElseThrow(),
				CategoryForm.visibilityValue(visibility), blankToNull(publisher),
				year == null || year.isEmpty() ? null : Integer.valueOf(year), blankToNull(link),
				entries.stream().distinct().sorted().toList(), CategoryForm.texts(titles, descriptions), files);
	}

	public String title(Language l) {
		return titles.getOrDefault(l, "");
	}

	public String description(Language l) {
		return descriptions.getOrDefault(l, "");
	}

	private static String blankToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}

}
