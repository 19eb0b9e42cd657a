package org.fieldguide.guide;

import java.util.HashMap;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;

import org.fieldguide.access.Visibility;

/** One of the guide's top-level groups of entries, in a fixed order. */
@Entity
class Category extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	private int position;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@ElementCollection
	@CollectionTable(name = "category_text", joinColumns = @JoinColumn(name = "category_id"))
	@MapKeyColumn(name = "language")
	private Map<String, LocalText> texts = new HashMap<>();

	protected Category() {
	}

	Category(String slug, int position, Visibility visibility) {
		this.slug = slug;
		this.position = position;
		this.visibility = visibility;
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	int position() {
		return position;
	}

	Visibility visibility() {
		return visibility;
	}

	Map<String, LocalText> texts() {
		return texts;
	}

	// content packages (issue 5): an import updates a category in place
	void update(int position, Visibility visibility) {
		this.position = position;
		this.visibility = visibility;
	}

}
