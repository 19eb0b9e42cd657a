package org.fieldguide.training.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One participant's answers to the pre-test or post-test of one module, with its score, kept as first given. */
@Entity
@Table(name = "training_test_sheet")
public class TestSheet {

	public enum Phase { PRE, POST }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participantId;

	private String moduleSlug;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	/** "key=choice;key=choice": question keys are the manual's, choices 0-based. */
	private String answers;

	private int correct;

	private int total;

	private Instant submittedAt;

	private Long enteredBy;

	protected TestSheet() {
	}

	TestSheet(Long participantId, String moduleSlug, Phase phase, Map<String, Integer> answers, Score score,
			Long enteredBy, Instant at) {
		this.participantId = participantId;
		this.moduleSlug = moduleSlug;
		this.phase = phase;
		StringBuilder text = new StringBuilder();
		answers.forEach((key, choice) -> text.append(text.isEmpty() ? "" : ";").append(key).append('=').append(choice));
		this.answers = text.length() > 2000 ? text.substring(0, 2000) : text.toString();
		this.correct = score.correct();
		this.total = score.total();
		this.enteredBy = enteredBy;
		this.submittedAt = at;
	}

	Map<String, Integer> answers() {
		Map<String, Integer> map = new LinkedHashMap<>();
		for (String pair : answers.split(";")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				map.put(pair.substring(0, eq), Integer.valueOf(pair.substring(eq + 1)));
			}
		}
		return map;
	}

	public Long participantId() { return participantId; }
	public String moduleSlug() { return moduleSlug; }
	public Phase phase() { return phase; }
	public Score score() { return new Score(correct, total); }
	public Instant submittedAt() { return submittedAt; }

}
