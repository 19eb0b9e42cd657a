package org.fieldguide.training;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** A module of the training manual: a course for one audience, made of sessions. */
@Entity
@Table(name = "training_module")
class TrainingModule extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private int position;

	private String audience;

	@ElementCollection
	@CollectionTable(name = "training_module_text", joinColumns = @JoinColumn(name = "module_id"))
	@MapKeyColumn(name = "language")
	private Map<String, LocalModuleText> texts = new HashMap<>();

	protected TrainingModule() {
	}

	TrainingModule(String slug, int position, String audience) {
		this.slug = slug;
		this.position = position;
		this.audience = audience;
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

	String audience() {
		return audience;
	}

	Map<String, LocalModuleText> texts() {
		return texts;
	}

}
