package org.fieldguide.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One item of the language switcher and of the {@code hreflang} alternates of a page.
 *
 * @param available whether the page's content exists in that language (otherwise it falls back)
 */
public record LanguageLink(Language language, String href, boolean available, boolean current) {

	/** Links to the same page in every language: the first path segment is the language. */
	public static List<LanguageLink> forPath(String path, Language current, Set<Language> available) {
		String rest = PathLocaleResolver.fromPath(path).isPresent() ? path.substring(3) : "/";
		String tail = rest.isEmpty() ? "/" : rest;
		return Arrays.stream(Language.values())
			.map(l -> new LanguageLink(l, "/" + l.code() + tail, available.contains(l), l == current))
			.toList();
	}

}
