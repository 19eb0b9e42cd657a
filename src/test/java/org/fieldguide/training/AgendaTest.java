package org.fieldguide.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sessions laid out in days: in order, filled up to the day's length, never split. */
class AgendaTest {

	private static List<List<Integer>> days(int dayMinutes, Integer... minutes) {
		return Agenda.days(List.of(minutes), m -> m, dayMinutes);
	}

	@Test
	void fillsEachDayUpToItsLengthInOrder() {
		assertThat(days(360, 90, 90, 120, 60, 90, 45)).containsExactly(List.of(90, 90, 120, 60), List.of(90, 45));
	}

	@Test
	void aSessionThatDoesNotFitStartsTheNextDayEvenIfALaterOneWouldFit() {
		assertThat(days(360, 300, 120, 30)).containsExactly(List.of(300), List.of(120, 30));
	}

	@Test
	void aDayExactlyFullIsClosed() {
		assertThat(days(360, 180, 180, 15)).containsExactly(List.of(180, 180), List.of(15));
	}

	@Test
	void aSessionLongerThanADayHasADayToItself() {
		assertThat(days(240, 60, 480, 60)).containsExactly(List.of(60), List.of(480), List.of(60));
	}

	@Test
	void noSessionsNoDays() {
		assertThat(days(360)).isEmpty();
	}

}
