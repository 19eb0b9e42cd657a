package org.fieldguide.guide;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;

import org.fieldguide.access.Visibility;

/** A document, tool, good practice, field example or training material: a file per language or a link. */
@Entity
class Resource extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Enumerated(EnumType.STRING)
	private ResourceType type;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private String publisher;

	@Column(name = "published_year")
	private Integer year;

	private String externalUrl;

	@ElementCollection
	@CollectionTable(name = "resource_text", joinColumns = @JoinColumn(name = "resource_id"))
	@MapKeyColumn(name = "language")
	private Map<String, LocalText> texts = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "resource_file", joinColumns = @JoinColumn(name = "resource_id"))
	@MapKeyColumn(name = "language")
	private Map<String, ResourceFile> files = new HashMap<>();

	@ManyToMany
	@JoinTable(name = "resource_entry", joinColumns = @JoinColumn(name = "resource_id"),
			inverseJoinColumns = @JoinColumn(name = "entry_id"))
	private Set<Entry> entries = new LinkedHashSet<>();

	protected Resource() {
	}

	Resource(String slug, ResourceType type, Visibility visibility, String publisher, Integer year, String externalUrl) {
		this.slug = slug;
		this.type = type;
		this.visibility = visibility;
		this.publisher = publisher;
		this.year = year;
		this.externalUrl = externalUrl;
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	ResourceType type() {
		return type;
	}

	Visibility visibility() {
		return visibility;
	}

	String publisher() {
		return publisher;
	}

	Integer year() {
		return year;
	}

	String externalUrl() {
		return externalUrl;
	}

	Map<String, LocalText> texts() {
		return texts;
	}

	Map<String, ResourceFile> files() {
		return files;
	}

	Set<Entry> entries() {
		return entries;
	}

	// content packages (issue 5): an import updates a resource in place
	void update(ResourceType type, Visibility visibility, String publisher, Integer year, String externalUrl) {
		this.type = type;
		this.visibility = visibility;
		this.publisher = publisher;
		this.year = year;
		this.externalUrl = externalUrl;
	}

}
