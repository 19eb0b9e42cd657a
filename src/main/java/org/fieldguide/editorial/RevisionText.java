package org.fieldguide.editorial;

import java.util.List;

/**
 * The text of an entry in one language as an editor writes it: what a revision stores and the guide
 * publishes. Key points are one per line in forms and in the database.
 */
public record RevisionText(String title, String summary, List<String> keyPoints, String bodyMarkdown) {

	public RevisionText {
		title = title == null ? "" : title.strip();
		summary = summary == null ? "" : summary.strip();
		keyPoints = keyPoints == null ? List.of() : keyPoints.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
		bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown.replace("\r\n", "\n").stripTrailing();
	}

	public static RevisionText of(String title, String summary, String keyPointLines, String bodyMarkdown) {
		return new RevisionText(title, summary, keyPointLines == null ? List.of() : keyPointLines.lines().toList(),
				bodyMarkdown);
	}

	public String keyPointLines() {
		return String.join("\n", keyPoints);
	}

	/** The whole text as lines, for diffs: title, summary and key points first, then the body. */
	public List<String> asLines() {
		java.util.ArrayList<String> lines = new java.util.ArrayList<>();
		lines.add("# " + title);
		lines.add(summary);
		keyPoints.forEach(k -> lines.add("* " + k));
		lines.add("");
		lines.addAll(bodyMarkdown.lines().toList());
		return lines;
	}

}
