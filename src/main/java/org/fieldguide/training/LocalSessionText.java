package org.fieldguide.training;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A session in one language. Objectives are single sentences, so they are kept one per line; Markdown is
 * rendered to sanitised HTML once, at import.
 */
@Embeddable
record LocalSessionText(@Column(name = "title") String title, @Column(name = "objectives") String objectiveLines,
		@Column(name = "plan_markdown") String planMarkdown, @Column(name = "plan_html") String planHtml,
		@Column(name = "notes_markdown") String notesMarkdown, @Column(name = "notes_html") String notesHtml) {

	List<String> objectives() {
		return Arrays.stream(objectiveLines.split("\n")).filter(s -> !s.isBlank()).toList();
	}

}
