package org.fieldguide.guide;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import org.fieldguide.access.Visibility;

/**
 * Concise guidance on one topic, inside one category, optionally a sub-entry of another entry (such
 * as one page per facility typology). Its text lives in one {@link EntryTranslation} per language.
 */
@Entity
class Entry extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Category category;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry parent;

	private int position;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@ElementCollection
	@CollectionTable(name = "entry_phase", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "phase")
	@Enumerated(EnumType.STRING)
	private Set<Phase> phases = EnumSet.noneOf(Phase.class);

	@ElementCollection
	@CollectionTable(name = "entry_topic", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "topic")
	private Set<String> topics = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "entry_typology", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "typology")
	private Set<String> typologies = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "entry_management_model", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "management_model")
	private Set<String> managementModels = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "entry_related", joinColumns = @JoinColumn(name = "entry_id"),
			inverseJoinColumns = @JoinColumn(name = "related_id"))
	@OrderColumn(name = "position")
	private List<Entry> related = new ArrayList<>();

	@OneToMany(mappedBy = "entry", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
	private List<EntryTranslation> translations = new ArrayList<>();

	protected Entry() {
	}

	Entry(String slug, Category category, Entry parent, int position, Visibility visibility) {
		this.slug = slug;
		this.category = category;
		this.parent = parent;
		this.position = position;
		this.visibility = visibility;
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	Category category() {
		return category;
	}

	Entry parent() {
		return parent;
	}

	int position() {
		return position;
	}

	Visibility visibility() {
		return visibility;
	}

	List<EntryTranslation> translations() {
		return translations;
	}

	Set<Phase> phases() {
		return phases;
	}

	Set<String> topics() {
		return topics;
	}

	Set<String> typologies() {
		return typologies;
	}

	Set<String> managementModels() {
		return managementModels;
	}

	List<Entry> related() {
		return related;
	}

	EntryTranslation addTranslation(String language, String title, String summary, String bodyMarkdown,
			String bodyHtml, List<String> keyPoints, java.time.LocalDate reviewedOn) {
		EntryTranslation translation = new EntryTranslation(this, language, title, summary, bodyMarkdown, bodyHtml,
				keyPoints, reviewedOn);
		translations.add(translation);
		return translation;
	}

	/** Moves the entry (editorial workspace); the caller has checked the references. */
	void restructure(Category category, Entry parent, int position, Visibility visibility) {
		update(category, parent, position, visibility);
	}

	// content packages (issue 5): an import moves or restructures an entry in place
	void update(Category category, Entry parent, int position, Visibility visibility) {
		this.category = category;
		this.parent = parent;
		this.position = position;
		this.visibility = visibility;
	}

}
