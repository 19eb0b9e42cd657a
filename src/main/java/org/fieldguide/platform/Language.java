package org.fieldguide.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Fieldguide speaks, for its interface and its content. English is the source language. */
public enum Language {

	EN("en", false), FR("fr", false), ES("es", false), AR("ar", true);

	public static final Language SOURCE = EN;

	private final String code;

	private final boolean rightToLeft;

	Language(String code, boolean rightToLeft) {
		this.code = code;
		this.rightToLeft = rightToLeft;
	}

	public String code() {
		return code;
	}

	public String dir() {
		return rightToLeft ? "rtl" : "ltr";
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	/** The language's name in itself, as shown in a language switcher. */
	public String nativeName() {
		return switch (this) {
			case EN -> "English";
			case FR -> "Français";
			case ES -> "Español";
			case AR -> "العربية";
		};
	}

	/** The language of a page address; an unknown code is a page that does not exist. */
	public static Language ofPage(String code) {
		return fromCode(code).orElseThrow(() -> new NotFoundException("No language " + code));
	}

	public static Optional<Language> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
	}

	public static Language of(Locale locale) {
		return locale == null ? SOURCE : fromCode(locale.getLanguage()).orElse(SOURCE);
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(Language::code).toList();
	}

}
