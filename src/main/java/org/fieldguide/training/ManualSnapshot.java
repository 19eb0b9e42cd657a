package org.fieldguide.training;

import java.util.List;
import java.util.Map;

import org.fieldguide.platform.Language;

/**
 * The training manual (or part of one) as plain, already checked data, the way the content package
 * importer hands it to {@link ManualImport}. Entries and resources of the guide are named by slug.
 */
public record ManualSnapshot(List<ModuleData> modules) {

	public static final List<String> AUDIENCES = List.of("anyone", "centre-staff", "partners-and-field-staff");

	public static final List<String> METHODS = List.of("presentation", "group-work", "case-study", "role-play",
			"field-visit", "discussion", "exercise");

	public record ModuleText(String title, String description) {
	}

	public record ModuleData(String slug, int position, String audience, Map<Language, ModuleText> texts,
			List<SessionData> sessions, List<QuestionData> questions) {
	}

	/** @param notesMarkdown facilitator notes, or null when the session has none in this language */
	public record SessionText(String title, List<String> objectives, String planMarkdown, String notesMarkdown) {
	}

	public record SessionData(String slug, int position, int minutes, String method, List<String> materials,
			List<String> entries, Map<Language, SessionText> texts) {
	}

	/** @param choices per language, in order; @param correctIndex 0-based */
	public record QuestionData(String key, Map<Language, String> texts, Map<Language, List<String>> choices,
			int correctIndex) {
	}

	public int sessionCount() {
		return modules.stream().mapToInt(m -> m.sessions().size()).sum();
	}

}
