package org.fieldguide.training.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fieldguide.platform.Language;

/**
 * What the event form sent, as text, so that a refused form comes back exactly as typed. {@link #validate}
 * gives the checked values or the message keys of what is wrong.
 */
public record EventForm(String title, List<String> modules, String startDate, String endDate, String venue, String city,
		String country, String language, List<Long> facilitators, String capacity, boolean invitationOnly) {

	static final int MAX_DAYS = 30;

	/** The checked event, ready to be saved. */
	record Valid(String title, List<String> modules, LocalDate startDate, LocalDate endDate, String venue,
			String city, String country, Language language, List<Long> facilitators, int capacity,
			boolean invitationOnly) {
	}

	public EventForm {
		modules = modules == null ? List.of() : List.copyOf(modules);
		facilitators = facilitators == null ? List.of() : List.copyOf(facilitators);
	}

	static EventForm blank(Language language, long facilitator) {
		return new EventForm("", List.of(), "", "", "", "", "", language.code(), List.of(facilitator), "20", false);
	}

	/**
	 * @param knownModules the manual's module slugs
	 * @param trainers the accounts that may facilitate
	 * @param errors receives the message keys of refused fields
	 */
	Valid validate(Set<String> knownModules, Set<Long> trainers, List<String> errors) {
		String t = text(title, 200, "training.event.error.title", errors);
		List<String> chosen = modules.stream().distinct().toList();
		if (chosen.isEmpty() || !knownModules.containsAll(chosen)) {
			errors.add("training.event.error.modules");
		}
		LocalDate start = date(startDate, errors);
		LocalDate end = date(endDate, errors);
		if (start != null && end != null && (end.isBefore(start) || start.plusDays(MAX_DAYS).isBefore(end))) {
			errors.add("training.event.error.dates");
		}
		String v = text(venue, 200, "training.event.error.venue", errors);
		String c = text(city, 120, "training.event.error.city", errors);
		String iso = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
		if (!Arrays.asList(Locale.getISOCountries()).contains(iso)) {
			errors.add("training.event.error.country");
		}
		Language lang = Language.fromCode(language).orElse(null);
		if (lang == null) {
			errors.add("training.event.error.language");
		}
		List<Long> people = facilitators.stream().distinct().toList();
		if (people.isEmpty() || !trainers.containsAll(people)) {
			errors.add("training.event.error.facilitators");
		}
		int places = 0;
		try {
			places = Integer.parseInt(capacity == null ? "" : capacity.strip());
		}
		catch (NumberFormatException ignored) {
			// reported below
		}
		if (places < 1 || places > 1000) {
			errors.add("training.event.error.capacity");
		}
		return errors.isEmpty() ? new Valid(t, chosen, start, end, v, c, iso, lang, new ArrayList<>(people), places,
				invitationOnly) : null;
	}

	private static String text(String value, int max, String key, List<String> errors) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty() || stripped.length() > max) {
			errors.add(key);
		}
		return stripped;
	}

	private static LocalDate date(String value, List<String> errors) {
		try {
			return LocalDate.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException bad) {
			if (!errors.contains("training.event.error.dates")) {
				errors.add("training.event.error.dates");
			}
			return null;
		}
	}

}
