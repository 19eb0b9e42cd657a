package org.fieldguide.editorial;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved version of a category or a resource, as JSON; never changed once written. */
@Entity
@Table(name = "structure_revision")
class StructureRevision {

	enum Kind {
		CATEGORY, RESOURCE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String slug;

	private int number;

	@Column(name = "state_json")
	private String stateJson;

	private String comment;

	private Long authorAccountId;

	private String authorName;

	private Instant createdAt;

	private Integer restoredFrom;

	protected StructureRevision() {
	}

	StructureRevision(Kind kind, String slug, int number, String stateJson, String comment, Author author,
			Instant createdAt, Integer restoredFrom) {
		this.kind = kind;
		this.slug = slug;
		this.number = number;
		this.stateJson = stateJson;
		this.comment = comment;
		this.authorAccountId = author.accountId();
		this.authorName = author.name();
		this.createdAt = createdAt;
		this.restoredFrom = restoredFrom;
	}

	int number() {
		return number;
	}

	String stateJson() {
		return stateJson;
	}

	StructureRevisions.Revision view() {
		return new StructureRevisions.Revision(number, comment, authorName, createdAt, restoredFrom);
	}

}
