package org.fieldguide.training.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of organisation a participant comes from, as the programme counts them. */
public enum OrganisationKind {

	NATIONAL_AUTHORITY, LOCAL_AUTHORITY, PARTNER, CIVIL_SOCIETY, STAFF, OTHER;

	/** "national-authority", "NATIONAL_AUTHORITY" or "national authority" (as in a CSV file). */
	static Optional<OrganisationKind> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return Arrays.stream(values()).filter(k -> k.name().equals(key)).findFirst();
	}

}
