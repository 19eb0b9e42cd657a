package org.fieldguide.editorial;

import java.util.ArrayList;
import java.util.List;

/**
 * What the edit form sends: the text, a comment for the history, and the revision it was edited from.
 * {@link #problems()} names what is wrong as message keys, checked before anything is saved.
 */
record TranslationForm(String title, String summary, String keyPoints, String body, String comment, Integer base) {

	static TranslationForm of(RevisionText text, int base) {
		return new TranslationForm(text.title(), text.summary(), text.keyPointLines(), text.bodyMarkdown(), "", base);
	}

	static TranslationForm empty() {
		return new TranslationForm("", "", "", "", "", 0);
	}

	RevisionText text() {
		return RevisionText.of(title, summary, keyPoints, body);
	}

	int baseNumber() {
		return base == null || base < 0 ? 0 : base;
	}

	TranslationForm withBase(int newBase) {
		return new TranslationForm(title, summary, keyPoints, body, comment, newBase);
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		RevisionText text = text();
		if (text.title().isEmpty() || text.title().length() > 200) {
			problems.add("editorial.error.title");
		}
		if (text.summary().isEmpty() || text.summary().length() > 1000) {
			problems.add("editorial.error.summary");
		}
		if (text.keyPoints().stream().anyMatch(k -> k.length() > 1000) || text.keyPointLines().length() > 20000) {
			problems.add("editorial.error.keyPoints");
		}
		if (text.bodyMarkdown().isBlank() || text.bodyMarkdown().length() > 200000) {
			problems.add("editorial.error.body");
		}
		if (comment != null && comment.length() > 1000) {
			problems.add("editorial.error.comment");
		}
		return problems;
	}

}
