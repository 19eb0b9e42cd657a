package org.fieldguide.training.events;

/** End-of-event ratings, 1 to 5 on fixed aspects, and free comments. */
public record Evaluation(int content, int facilitation, int materials, int usefulness, int organisation, String comments) {

	public static final java.util.List<String> ASPECTS = java.util.List.of("content", "facilitation", "materials",
			"usefulness", "organisation");

	public Evaluation {
		for (int rating : new int[] { content, facilitation, materials, usefulness, organisation }) {
			if (rating < 1 || rating > 5) {
				throw new IllegalArgumentException("Ratings are 1 to 5");
			}
		}
		comments = comments == null || comments.isBlank() ? null : comments.strip();
		if (comments != null && comments.length() > 4000) {
			comments = comments.substring(0, 4000);
		}
	}

	public int rating(String aspect) {
		return switch (aspect) {
			case "content" -> content;
			case "facilitation" -> facilitation;
			case "materials" -> materials;
			case "usefulness" -> usefulness;
			default -> organisation;
		};
	}

}
