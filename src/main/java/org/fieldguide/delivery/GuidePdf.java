package org.fieldguide.delivery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fieldguide.access.Viewer;
import org.fieldguide.delivery.PdfDocument.Chapter;
import org.fieldguide.delivery.PdfDocument.Section;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideViews.CategoryCard;
import org.fieldguide.guide.GuideViews.CategoryPage;
import org.fieldguide.guide.GuideViews.EntryCard;
import org.fieldguide.guide.GuideViews.EntryPage;
import org.fieldguide.platform.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the content of an entry, a category or the whole guide for one viewer through
 * {@link GuideReader}, so that a PDF holds exactly what that viewer could read on the pages (with the
 * same language fallback), and hands it to {@link PdfRenderer}.
 */
@Service
class GuidePdf {

	private final GuideReader guide;

	private final PdfRenderer renderer;

	private final MessageSource messages;

	GuidePdf(GuideReader guide, PdfRenderer renderer, MessageSource messages) {
		this.guide = guide;
		this.renderer = renderer;
		this.messages = messages;
	}

	/** One entry and its sub-entries; the reader's refusal (sign in, or not found) when it may not be read. */
	@Transactional(readOnly = true)
	public byte[] entry(String categorySlug, String entrySlug, Language language, Viewer viewer, String siteUrl) {
		EntryPage page = guide.entry(categorySlug, entrySlug, language, viewer);
		List<Section> sections = new ArrayList<>();
		addWithChildren(page, 0, language, viewer, sections, new HashSet<>());
		String path = path(language, categorySlug, entrySlug);
		return renderer.render(document("entry", page.title(), language, siteUrl, path,
				List.of(new Chapter(page.category(), "category-" + categorySlug, sections))));
	}

	@Transactional(readOnly = true)
	public byte[] category(String categorySlug, Language language, Viewer viewer, String siteUrl) {
		Chapter chapter = chapter(guide.category(categorySlug, language, viewer), language, viewer);
		return renderer.render(document("category", chapter.category().title(), language, siteUrl,
				"/" + language.code() + "/toolkit/" + categorySlug, List.of(chapter)));
	}

	@Transactional(readOnly = true)
	public byte[] guide(Language language, Viewer viewer, String siteUrl) {
		List<Chapter> chapters = new ArrayList<>();
		for (CategoryCard card : guide.home(language, viewer).categories()) {
			chapters.add(chapter(guide.category(card.slug(), language, viewer), language, viewer));
		}
		String title = messages.getMessage("delivery.pdf.guideTitle", null, language.locale());
		return renderer.render(document("guide", title, language, siteUrl, "/" + language.code() + "/", chapters));
	}

	private Chapter chapter(CategoryPage page, Language language, Viewer viewer) {
		List<Section> sections = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (EntryCard card : page.entries()) {
			addWithChildren(guide.entry(card.categorySlug(), card.slug(), language, viewer), 0, language, viewer,
					sections, seen);
		}
		return new Chapter(page.category(), "category-" + page.category().slug(), sections);
	}

	private void addWithChildren(EntryPage page, int depth, Language language, Viewer viewer, List<Section> sections,
			Set<String> seen) {
		String slug = page.category().slug();
		if (!seen.add(slug + "/" + page.slug())) {
			return;
		}
		sections.add(new Section(page, PdfDocument.anchor(slug, page.slug()), path(language, slug, page.slug()), depth));
		for (EntryCard child : page.children()) {
			addWithChildren(guide.entry(child.categorySlug(), child.slug(), language, viewer), depth + 1, language,
					viewer, sections, seen);
		}
	}

	/**
	 * A field pack: the chosen entries (already resolved for this viewer, in guide order) in one chapter per
	 * category, each sub-entry under its parent when both are chosen; the cover names the choice and links
	 * to what changed online since the pack was built.
	 */
	@Transactional(readOnly = true)
	public byte[] pack(String title, List<org.fieldguide.guide.GuideViews.PackEntry> chosen, Language language,
			Viewer viewer, String siteUrl, String query) {
		java.time.Instant builtAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		java.util.Map<String, Integer> depth = new java.util.HashMap<>();
		java.util.Map<String, Chapter> chapters = new java.util.LinkedHashMap<>();
		for (org.fieldguide.guide.GuideViews.PackEntry e : chosen) {
			EntryPage page = guide.entry(e.categorySlug(), e.slug(), language, viewer);
			int d = e.parentSlug() != null && depth.containsKey(e.parentSlug()) ? depth.get(e.parentSlug()) + 1 : 0;
			depth.put(e.slug(), d);
			Chapter chapter = chapters.computeIfAbsent(e.categorySlug(),
					c -> new Chapter(page.category(), "category-" + c, new ArrayList<>()));
			chapter.sections()
				.add(new Section(page, PdfDocument.anchor(e.categorySlug(), e.slug()),
						path(language, e.categorySlug(), e.slug()), Math.min(d, 2)));
		}
		PdfDocument plain = document("pack", title, language, siteUrl, "/" + language.code() + "/pack.pdf?" + query,
				List.copyOf(chapters.values()));
		return renderer.render(new PdfDocument(plain.kind(), plain.title(), language, siteUrl, plain.documentUrl(),
				plain.builtOn(), plain.chapters(), plain.pageLabel(),
				siteUrl + "/" + language.code() + "/changes?since=" + builtAt));
	}

	private PdfDocument document(String kind, String title, Language language, String siteUrl, String path,
			List<Chapter> chapters) {
		String builtOn = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(LocalDate.now(ZoneOffset.UTC));
		String label = messages.getMessage("delivery.pdf.pageOf", new Object[] { "\u0001", "\u0002" },
				language.locale());
		int first = label.indexOf('\u0001');
		int second = label.indexOf('\u0002');
		List<String> parts = first < 0 || second < first ? List.of("", " / ", "")
				: List.of(label.substring(0, first), label.substring(first + 1, second), label.substring(second + 1));
		return new PdfDocument(kind, title, language, siteUrl, siteUrl + path, builtOn, chapters, parts, null);
	}

	private static String path(Language language, String categorySlug, String entrySlug) {
		return "/" + language.code() + "/toolkit/" + categorySlug + "/" + entrySlug;
	}

}
