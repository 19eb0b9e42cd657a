package org.fieldguide.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One session of a module: what is taught, how, for how long, with which materials. */
@Entity
@Table(name = "training_session")
class TrainingSession extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "module_id")
	private TrainingModule module;

	private int position;

	@Column(name = "duration_minutes")
	private int minutes;

	private String method;

	@ElementCollection
	@CollectionTable(name = "training_session_text", joinColumns = @JoinColumn(name = "session_id"))
	@MapKeyColumn(name = "language")
	private Map<String, LocalSessionText> texts = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "training_session_material", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	@Column(name = "resource_slug")
	private List<String> materials = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "training_session_entry", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	@Column(name = "entry_slug")
	private List<String> entries = new ArrayList<>();

	protected TrainingSession() {
	}

	TrainingSession(String slug, TrainingModule module, int position, int minutes, String method) {
		this.slug = slug;
		this.module = module;
		this.position = position;
		this.minutes = minutes;
		this.method = method;
	}

	String slug() {
		return slug;
	}

	TrainingModule module() {
		return module;
	}

	int position() {
		return position;
	}

	int minutes() {
		return minutes;
	}

	String method() {
		return method;
	}

	Map<String, LocalSessionText> texts() {
		return texts;
	}

	List<String> materials() {
		return materials;
	}

	List<String> entries() {
		return entries;
	}

}
