package org.fieldguide.training;

/** The training manual as other parts of Fieldguide read it. */
public interface TrainingManual {

	/** The modules in order, in the language (falling back to English for missing texts). */
	java.util.List<ModuleOutline> modules(org.fieldguide.platform.Language language);

	java.util.Optional<ModuleOutline> module(String slug, org.fieldguide.platform.Language language);

	/** The module's question bank in order; empty when it has none. */
	java.util.List<Question> questions(String moduleSlug, org.fieldguide.platform.Language language);

	record ModuleOutline(String slug, int position, String audience, String title, String description,
			int sessionCount, int totalMinutes) {
	}

	record Question(String key, String text, java.util.List<String> choices, int correctIndex /* 0-based */) {
	}

}
