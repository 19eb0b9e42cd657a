package org.fieldguide.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldguide.access.Visibility;
import org.fieldguide.platform.Language;

/**
 * A whole guide (or part of one) as plain data, the way the content package importer hands it to
 * {@link GuideImport}. Slugs refer to each other; files are already in the file store.
 */
public record GuideSnapshot(List<CategoryData> categories, List<EntryData> entries, List<ResourceData> resources) {

	public record Text(String title, String description) {
	}

	public record CategoryData(String slug, int position, Visibility visibility, Map<Language, Text> texts) {
	}

	public record EntryText(String title, String summary, String markdown, List<String> keyPoints,
			LocalDate reviewedOn) {
	}

	public record EntryData(String slug, String category, String parent, int position, Visibility visibility,
			Set<Phase> phases, List<String> topics, List<String> typologies, List<String> managementModels,
			List<String> related, Map<Language, EntryText> texts) {
	}

	/** @param text the readable text inside the file, for search (null until extracted) */
	public record FileData(String fileName, String mediaType, long sizeBytes, String storageKey, String text) {
	}

	public record ResourceData(String slug, ResourceType type, Visibility visibility, String publisher, Integer year,
			String link, List<String> entries, Map<Language, Text> texts, Map<Language, FileData> files) {
	}

}
