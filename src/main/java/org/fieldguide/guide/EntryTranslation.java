package org.fieldguide.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * An entry's text in one language. The Markdown body is rendered to sanitised HTML once, when the
 * translation is saved, so that reading a page never renders Markdown.
 */
@Entity
class EntryTranslation extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Entry entry;

	private String language;

	private String title;

	private String summary;

	private String bodyMarkdown;

	private String bodyHtml;

	private LocalDate reviewedOn;

	@ElementCollection
	@CollectionTable(name = "entry_key_point", joinColumns = @JoinColumn(name = "translation_id"))
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> keyPoints = new ArrayList<>();

	protected EntryTranslation() {
	}

	EntryTranslation(Entry entry, String language, String title, String summary, String bodyMarkdown, String bodyHtml,
			List<String> keyPoints, LocalDate reviewedOn) {
		this.entry = entry;
		this.language = language;
		this.title = title;
		this.summary = summary;
		this.bodyMarkdown = bodyMarkdown;
		this.bodyHtml = bodyHtml;
		this.keyPoints = new ArrayList<>(keyPoints);
		this.reviewedOn = reviewedOn;
	}

	Entry entry() {
		return entry;
	}

	String language() {
		return language;
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	String bodyMarkdown() {
		return bodyMarkdown;
	}

	String bodyHtml() {
		return bodyHtml;
	}

	LocalDate reviewedOn() {
		return reviewedOn;
	}

	List<String> keyPoints() {
		return keyPoints;
	}

	/** Replaces the readers' text with a newly published or imported one. */
	void replace(String title, String summary, String bodyMarkdown, String bodyHtml, List<String> keyPoints,
			LocalDate reviewedOn) {
		this.title = title;
		this.summary = summary;
		this.bodyMarkdown = bodyMarkdown;
		this.bodyHtml = bodyHtml;
		if (!this.keyPoints.equals(keyPoints)) {
			this.keyPoints.clear();
			this.keyPoints.addAll(keyPoints);
		}
		this.reviewedOn = reviewedOn;
	}

}
