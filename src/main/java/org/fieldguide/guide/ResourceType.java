package org.fieldguide.guide;

import java.util.Arrays;
import java.util.Optional;

/** What kind of resource a guide entry links to. */
public enum ResourceType {

	GUIDANCE("guidance"), TOOL("tool"), GOOD_PRACTICE("good-practice"), FIELD_EXAMPLE("field-example"),
	TRAINING("training");

	private final String slug;

	ResourceType(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static Optional<ResourceType> fromSlug(String slug) {
		return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
	}

}
