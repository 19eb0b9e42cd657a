package org.fieldguide.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldguide.platform.Language;

/**
 * What the reader pages show, prepared by {@link GuideReader} for one viewer and one language. Only
 * content the viewer may read ever reaches these records.
 */
public final class GuideViews {

	private GuideViews() {
	}

	public record CategoryCard(String slug, String title, String description, Language textLanguage, int entryCount) {
	}

	public record PhaseCard(Phase phase, int entryCount) {
	}

	public record HomePage(List<CategoryCard> categories, List<PhaseCard> phases) {
	}

	public record EntryCard(String slug, String categorySlug, String title, String summary, Language textLanguage,
			Set<Phase> phases, List<EntryCard> children) {

		public String href(Language language) {
			return "/" + language.code() + "/toolkit/" + categorySlug + "/" + slug;
		}

	}

	/**
	 * @param locked staff entries of this category shown to a viewer who may not read them: title only,
	 * when the policy allows even that
	 */
	public record CategoryPage(CategoryCard category, List<EntryCard> entries, List<LockedEntry> locked) {
	}

	/** The title of an entry the viewer may not read, and where signing in leads. */
	public record LockedEntry(String slug, String categorySlug, String title, Language textLanguage) {

		public String href(Language language) {
			return "/" + language.code() + "/toolkit/" + categorySlug + "/" + slug;
		}

	}

	/** An entry as a field pack is chosen by; {@code parentSlug} null for a top-level entry. */
	public record PackEntry(String slug, String categorySlug, String parentSlug, int depth, String title,
			Language textLanguage, Set<Phase> phases, Set<String> typologies) {
	}

	public record PhaseGroup(CategoryCard category, List<EntryCard> entries) {
	}

	public record PhasePage(Phase phase, List<PhaseGroup> groups) {
	}

	public record FileItem(Language language, String fileName, String format, long sizeBytes, String href) {

		/** The size as people read it: "820 B", "48 KB", "1.2 MB". */
		public String sizeLabel() {
			if (sizeBytes < 1024) {
				return sizeBytes + " B";
			}
			if (sizeBytes < 1024 * 1024) {
				return Math.round(sizeBytes / 1024.0) + " KB";
			}
			return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
		}

	}

	public record ResourceItem(String slug, ResourceType type, String title, String description,
			Language textLanguage, String publisher, Integer year, String link, List<FileItem> files) {
	}

	public record EntryPage(String slug, CategoryCard category, EntryCard parent, String title, String summary,
			String bodyHtml, List<String> keyPoints, Language textLanguage, boolean fallback,
			Set<Language> availableLanguages, Set<Phase> phases, Set<String> topics, Set<String> typologies,
			Set<String> managementModels, List<EntryCard> children, List<EntryCard> related,
			List<ResourceItem> resources, LocalDate lastUpdated) {
	}

	/** The library's filters, already checked: unknown values are dropped and reported in {@code ignored}. */
	public record ResourceFilter(String category, Phase phase, ResourceType type, Language language,
			List<String> ignored) {
	}

	public record FacetOption(String value, String label, long count, boolean selected) {
	}

	public record ResourceLibrary(List<ResourceItem> resources, Map<String, List<FacetOption>> facets) {
	}

	/** A file the viewer may download. */
	public record DownloadableFile(String fileName, String mediaType, long sizeBytes, String storageKey) {
	}

	/** An entry whose text changed after a given moment, and when it last changed. */
	public record ChangedEntry(EntryCard entry, java.time.Instant changedAt) {

		public java.time.LocalDate changedOn() {
			return java.time.LocalDate.ofInstant(changedAt, java.time.ZoneOffset.UTC);
		}

	}

}
