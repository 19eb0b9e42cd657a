package org.fieldguide.guide;

import java.util.Arrays;
import java.util.Optional;

/** The life-cycle phases of a migrant centre. */
public enum Phase {

	SET_UP("set-up"), RUNNING("running"), PHASE_OUT("phase-out");

	private final String slug;

	Phase(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static Optional<Phase> fromSlug(String slug) {
		return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
	}

}
