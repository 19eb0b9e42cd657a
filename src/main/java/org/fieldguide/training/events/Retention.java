package org.fieldguide.training.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants' personal data are kept for {@code fieldguide.training.retention} after their event's
 * last day, then erased: names, organisations, contact details, link tokens and comments go; kind of
 * organisation, attendance, scores and ratings stay, anonymous, so reports show the same numbers.
 */
@Service
class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final TrainingEventRepository events;

	private final ParticipantRepository participants;

	private final EventProperties properties;

	private final Clock clock = Clock.systemUTC();

	Retention(TrainingEventRepository events, ParticipantRepository participants, EventProperties properties) {
		this.events = events;
		this.participants = participants;
		this.properties = properties;
	}

	/** Every night at 03:15 (server time). */
	@Scheduled(cron = "${fieldguide.training.retention-cron:0 15 3 * * *}")
	void nightly() {
		int erased = eraseExpired(LocalDate.now(clock));
		if (erased > 0) {
			log.info("Erased the personal data of {} training events past their retention period", erased);
		}
	}

	/** Erases the events whose retention ended before {@code today}; how many events. */
	@Transactional
	int eraseExpired(LocalDate today) {
		List<TrainingEvent> due = events.findByDataErasedAtIsNullAndEndDateBefore(today.minus(properties.retention()));
		for (TrainingEvent event : due) {
			participants.findByEventIdOrderByRegisteredAtAscIdAsc(event.id()).forEach(Participant::erase);
			event.personalDataErased(Instant.now(clock));
		}
		return due.size();
	}

	/** One participant's erasure at their request, through the trainer. */
	@Transactional
	void erase(Participant participant) {
		participants.findById(participant.id()).ifPresent(Participant::erase);
	}

}
