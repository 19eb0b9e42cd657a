package org.fieldguide.training;

import java.util.Map;

import org.fieldguide.platform.Language;

/** Picks a text in the reader's language, or in the source language (English) when it is not translated. */
final class Texts {

	record Chosen<T>(T text, Language language) {
	}

	private Texts() {
	}

	static <T> Chosen<T> choose(Map<String, T> texts, Language language) {
		T text = texts.get(language.code());
		return text != null ? new Chosen<>(text, language) : new Chosen<>(texts.get(Language.SOURCE.code()), Language.SOURCE);
	}

}
