package org.fieldguide.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Lays a module's sessions out in training days: in order, as many sessions as fit in a day of at most
 * {@code dayMinutes}, never splitting a session. A session longer than a day has a day to itself.
 */
final class Agenda {

	private Agenda() {
	}

	static <T> List<List<T>> days(List<T> sessions, ToIntFunction<T> minutes, int dayMinutes) {
		List<List<T>> days = new ArrayList<>();
		List<T> day = new ArrayList<>();
		int used = 0;
		for (T session : sessions) {
			int length = minutes.applyAsInt(session);
			if (!day.isEmpty() && used + length > dayMinutes) {
				days.add(day);
				day = new ArrayList<>();
				used = 0;
			}
			day.add(session);
			used += length;
		}
		if (!day.isEmpty()) {
			days.add(day);
		}
		return days;
	}

}
