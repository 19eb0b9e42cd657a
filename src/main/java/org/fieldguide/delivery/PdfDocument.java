package org.fieldguide.delivery;

import java.util.List;

import org.fieldguide.guide.GuideViews.CategoryCard;
import org.fieldguide.guide.GuideViews.EntryPage;
import org.fieldguide.platform.Language;

/**
 * What one PDF shows, already limited to what its viewer may read: a cover, a table of contents and
 * chapters (one per category) of entry sections.
 *
 * @param kind "entry", "category", "guide" or "pack", for the cover's subtitle
 * @param siteUrl the site's address, for the cover and for absolute links
 * @param pageLabel "Page {0} of {1}" in the document's language, split around the two numbers
 * @param changesUrl for a field pack: the online list of what changed since it was built; else null
 */
record PdfDocument(String kind, String title, Language language, String siteUrl, String documentUrl,
		String builtOn, List<Chapter> chapters, List<String> pageLabel, String changesUrl) {

	/** A category and the entries of it that this document holds, in reading order. */
	record Chapter(CategoryCard category, String anchor, List<Section> sections) {
	}

	/** One entry in full; {@code depth} 0 for a top-level entry, 1 for a sub-entry and so on. */
	record Section(EntryPage page, String anchor, String path, int depth) {
	}

	static String anchor(String categorySlug, String entrySlug) {
		return "entry-" + categorySlug + "--" + entrySlug;
	}

}
