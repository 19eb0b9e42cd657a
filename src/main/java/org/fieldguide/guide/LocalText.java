package org.fieldguide.guide;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.fieldguide.platform.Language;

/** A title and a description in one language, for categories and resources. */
@Embeddable
record LocalText(@Column(name = "title") String title, @Column(name = "description") String description) {

	/** The text in the reader's language, or in the source language when it is not translated yet. */
	record Chosen(LocalText text, Language language) {
	}

	static Chosen choose(Map<String, LocalText> texts, Language language) {
		LocalText text = texts.get(language.code());
		return text != null ? new Chosen(text, language)
				: new Chosen(texts.get(Language.SOURCE.code()), Language.SOURCE);
	}

}
