package org.fieldguide.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.fieldguide.platform.Language;
import org.springframework.context.MessageSource;

/** The few words an offline copy adds to the guide's pages, in the copy's language. */
record CopyTexts(String copyOf, String newerOnline, String onlineMarker, String searchTitle, String searchLabel,
		String searchButton, String searchIntro, String allEntries, String resultsCount, String noResults) {

	static final String CSS = "assets/offline/offline.css";

	static final String SEARCH_SCRIPT = "assets/offline/search.js";

	static final String SEARCH_INDEX = "assets/offline/search-index.js";

	static CopyTexts of(MessageSource messages, Language language, LocalDate date) {
		Locale locale = language.locale();
		String day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
		return new CopyTexts(text(messages, "offline.copyOf", locale, day), text(messages, "offline.newerOnline", locale),
				text(messages, "offline.onlineMarker", locale), text(messages, "offline.search.title", locale),
				text(messages, "search.label", locale), text(messages, "search.button", locale),
				text(messages, "offline.search.intro", locale), text(messages, "offline.search.all", locale),
				text(messages, "offline.search.count", locale, "{n}"), text(messages, "offline.search.none", locale));
	}

	private static String text(MessageSource messages, String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
