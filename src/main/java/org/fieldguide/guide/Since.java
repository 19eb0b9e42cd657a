package org.fieldguide.guide;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The moment a reader's copy was made, as offline copies and PDFs write it into their links
 * ({@code ?since=2026-11-27T08:30:00Z}), or a plain date typed by a reader ({@code 2026-11-27}, taken as
 * the start of that day, UTC).
 *
 * @param instant the moment
 * @param date its day, for display and for the date field
 */
public record Since(Instant instant, LocalDate date) {

	/** Empty for no value; {@link IllegalArgumentException} for a value that is neither form. */
	public static Optional<Since> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.strip();
		if (text.length() > 40) {
			throw new IllegalArgumentException("Not a date: too long");
		}
		try {
			if (text.length() == 10) {
				LocalDate date = LocalDate.parse(text);
				return Optional.of(new Since(date.atStartOfDay(ZoneOffset.UTC).toInstant(), date));
			}
			Instant instant = Instant.parse(text).truncatedTo(ChronoUnit.SECONDS);
			return Optional.of(new Since(instant, LocalDate.ofInstant(instant, ZoneOffset.UTC)));
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Not a date: " + text, e);
		}
	}

	static Since daysAgo(int days) {
		LocalDate date = LocalDate.now(ZoneOffset.UTC).minusDays(days);
		return new Since(date.atStartOfDay(ZoneOffset.UTC).toInstant(), date);
	}

}
