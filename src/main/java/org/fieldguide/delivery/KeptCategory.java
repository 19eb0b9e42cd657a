package org.fieldguide.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideVersion;
import org.fieldguide.guide.GuideViews.CategoryPage;
import org.fieldguide.guide.GuideViews.EntryCard;
import org.fieldguide.guide.GuideViews.EntryPage;
import org.fieldguide.guide.GuideViews.FileItem;
import org.fieldguide.guide.GuideViews.ResourceItem;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * What a reader keeps on their device for one category: the category page, its entries and their
 * resource files. It is always read as an anonymous visitor, whoever asks: the copy stays on the device
 * after the session ends, so it may only hold what everyone may read.
 */
@Service
class KeptCategory {

	/** A page or file to keep, with the title shown in the list of kept pages. */
	record Item(String url, String title) {
	}

	/** The addresses to fetch and keep, and the guide version they were listed from. */
	record Listing(String language, String category, String title, long version, List<Item> pages,
			List<Item> files) {
	}

	private final GuideReader guide;

	private final GuideVersion version;

	KeptCategory(GuideReader guide, GuideVersion version) {
		this.guide = guide;
		this.version = version;
	}

	Listing of(String categorySlug, Language language) {
		Viewer anonymous = Viewer.anonymous();
		// a staff-only category is "not found" here, whoever asks
		if (guide.categories(language, anonymous).stream().noneMatch(c -> c.slug().equals(categorySlug))) {
			throw new NotFoundException("No public category " + categorySlug);
		}
		long stamp = version.current().number();
		CategoryPage category = guide.category(categorySlug, language, anonymous);
		List<Item> pages = new ArrayList<>();
		Map<String, Item> files = new LinkedHashMap<>();
		pages.add(new Item("/" + language.code() + "/toolkit/" + categorySlug, category.category().title()));
		for (EntryCard card : flatten(category.entries())) {
			EntryPage entry = guide.entry(categorySlug, card.slug(), language, anonymous);
			pages.add(new Item(card.href(language), entry.title()));
			for (ResourceItem resource : entry.resources()) {
				fileFor(resource, language).ifPresent(f -> files.putIfAbsent(f.href(), new Item(f.href(), resource.title())));
			}
		}
		return new Listing(language.code(), categorySlug, category.category().title(), stamp, pages,
				List.copyOf(files.values()));
	}

	/** The file in the page's language, or else in English, the language every resource starts in. */
	private static java.util.Optional<FileItem> fileFor(ResourceItem resource, Language language) {
		return resource.files()
			.stream()
			.filter(f -> f.language() == language)
			.findFirst()
			.or(() -> resource.files().stream().filter(f -> f.language() == Language.SOURCE).findFirst());
	}

	private static List<EntryCard> flatten(List<EntryCard> tree) {
		List<EntryCard> all = new ArrayList<>();
		for (EntryCard card : tree) {
			all.add(card);
			all.addAll(flatten(card.children()));
		}
		return all;
	}

}
