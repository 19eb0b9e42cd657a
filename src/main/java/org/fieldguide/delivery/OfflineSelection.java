package org.fieldguide.delivery;

import java.util.function.Predicate;

import org.fieldguide.platform.Language;

/**
 * What goes into one offline copy: a language and the reader pages chosen, by their address after the
 * language ({@code /toolkit/administration/needs-assessment}). The whole guide today; a "field pack" of
 * chosen phases, categories or entries later passes another predicate to the same builder. Links to
 * pages left out point at the online guide.
 *
 * @param name a short, file-name-safe name of the selection ("guide", later "pack-…")
 */
public record OfflineSelection(Language language, String name, Predicate<String> pages) {

	public static OfflineSelection wholeGuide(Language language) {
		return new OfflineSelection(language, "guide", path -> true);
	}

	/**
	 * A field pack: the chosen entries (paths {@code /toolkit/<category>/<entry>}), the category pages they
	 * belong to, the home and about pages; everything else is linked online.
	 */
	static OfflineSelection pack(Language language, String id, java.util.Collection<String> entryPaths) {
		java.util.Set<String> pages = new java.util.HashSet<>(entryPaths);
		pages.add("/");
		pages.add("/about");
		for (String path : entryPaths) {
			pages.add(path.substring(0, path.lastIndexOf('/')));
		}
		return new OfflineSelection(language, "pack-" + id, pages::contains);
	}

	boolean includes(String path) {
		return pages.test(path);
	}

}
