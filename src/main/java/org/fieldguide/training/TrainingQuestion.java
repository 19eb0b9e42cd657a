package org.fieldguide.training;

import java.util.HashMap;
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
import jakarta.persistence.Table;

/** A multiple-choice question of a module's bank, for pre- and post-tests. */
@Entity
@Table(name = "training_question")
class TrainingQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "module_id")
	private TrainingModule module;

	@Column(name = "question_key")
	private String key;

	private int position;

	@Column(name = "correct_index")
	private int correctIndex;

	@ElementCollection
	@CollectionTable(name = "training_question_text", joinColumns = @JoinColumn(name = "question_id"))
	@MapKeyColumn(name = "language")
	private Map<String, LocalQuestionText> texts = new HashMap<>();

	protected TrainingQuestion() {
	}

	TrainingQuestion(TrainingModule module, String key, int position, int correctIndex) {
		this.module = module;
		this.key = key;
		this.position = position;
		this.correctIndex = correctIndex;
	}

	String key() {
		return key;
	}

	int correctIndex() {
		return correctIndex;
	}

	Map<String, LocalQuestionText> texts() {
		return texts;
	}

}
