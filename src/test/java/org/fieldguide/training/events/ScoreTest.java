package org.fieldguide.training.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Score computation: right answers out of all questions, unanswered counts as wrong, rounded percentages. */
class ScoreTest {

	private static final Map<String, Integer> KEY = new LinkedHashMap<>(Map.of("a", 0, "b", 2, "c", 1));

	@Test
	void countsRightAnswersOutOfAllQuestions() {
		Score score = Score.of(KEY, Map.of("a", 0, "b", 1, "c", 1));
		assertThat(score).isEqualTo(new Score(2, 3));
		assertThat(score.percent()).isEqualTo(67);
		assertThat(score.share()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void unansweredAndUnknownQuestionsDoNotRaiseTheScore() {
		assertThat(Score.of(KEY, Map.of("a", 0, "zzz", 5))).isEqualTo(new Score(1, 3));
		assertThat(Score.of(KEY, Map.of()).percent()).isZero();
		assertThat(Score.of(KEY, Map.of("a", 0, "b", 2, "c", 1)).percent()).isEqualTo(100);
	}

	@Test
	void aTestWithoutQuestionsScoresZeroAndImpossibleScoresAreRefused() {
		assertThat(Score.of(Map.of(), Map.of("a", 1)).percent()).isZero();
		assertThat(new Score(1, 8).percent()).isEqualTo(13);
		assertThatThrownBy(() -> new Score(4, 3)).isInstanceOf(IllegalArgumentException.class);
	}

}
