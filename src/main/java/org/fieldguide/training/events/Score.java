package org.fieldguide.training.events;

import java.util.Map;

/**
 * The result of one test: how many questions were answered right out of how many were asked. An
 * unanswered question counts as wrong, so that skipping cannot raise a score.
 */
public record Score(int correct, int total) {

	public Score {
		if (total < 0 || correct < 0 || correct > total) {
			throw new IllegalArgumentException("Score " + correct + "/" + total);
		}
	}

	/**
	 * @param correctAnswers each question's key and its right choice (0-based)
	 * @param answers the participant's choice per question key; missing or unknown keys are ignored
	 */
	static Score of(Map<String, Integer> correctAnswers, Map<String, Integer> answers) {
		int right = 0;
		for (Map.Entry<String, Integer> question : correctAnswers.entrySet()) {
			Integer given = answers.get(question.getKey());
			if (given != null && given.equals(question.getValue())) {
				right++;
			}
		}
		return new Score(right, correctAnswers.size());
	}

	/** Percentage right, rounded to a whole number; 0 for a test without questions. */
	public int percent() {
		return total == 0 ? 0 : (int) Math.round(100.0 * correct / total);
	}

	/** The exact share, for averages that should not add up rounding. */
	double share() {
		return total == 0 ? 0 : (double) correct / total;
	}

}
