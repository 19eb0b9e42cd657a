package org.fieldguide.training.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in an event: registration by a trainer, a CSV import or the participant with the event
 * code; a waiting list when the event is full, whose people get freed places in the order they came.
 * One e-mail address registers once per event: a second registration is offered to update the first.
 */
@Service
@Transactional
class Registrations {

	/** How a registration ended: a place, a place on the waiting list, or an existing registration. */
	enum Result { REGISTERED, WAITING, UPDATED }

	record Outcome(Result result, Participant participant) {
	}

	private final ParticipantRepository participants;

	private final Clock clock = Clock.systemUTC();

	Registrations(ParticipantRepository participants) {
		this.participants = participants;
	}

	/**
	 * Registers the person. With the same e-mail already registered, refuses ("training.register.duplicate")
	 * unless {@code updateExisting}, which updates that registration instead. When the event is full, refuses
	 * ("training.register.full", 409) unless {@code waitingList}, which puts them on the waiting list.
	 */
	Outcome register(TrainingEvent event, ParticipantForm.Valid form, String source, boolean updateExisting,
			boolean waitingList) {
		Instant now = Instant.now(clock);
		Optional<Participant> same = form.email() == null ? Optional.empty()
				: participants.findByEventIdAndEmail(event.id(), form.email());
		if (same.isPresent()) {
			if (!updateExisting) {
				throw new EventRefusal("training.register.duplicate", 409);
			}
			same.get().update(form, now);
			return new Outcome(Result.UPDATED, same.get());
		}
		boolean full = participants.countByEventIdAndStatus(event.id(), Participant.Status.REGISTERED) >= event.capacity();
		if (full && !waitingList) {
			throw new EventRefusal("training.register.full", 409);
		}
		Participant participant = participants.save(new Participant(event.id(), Codes.token(), form,
				full ? Participant.Status.WAITING : Participant.Status.REGISTERED, source, now));
		return new Outcome(full ? Result.WAITING : Result.REGISTERED, participant);
	}

	/** Self-registration through the event link: the code must exist and not be past the event's end. */
	void checkCode(TrainingEvent event, LocalDate today) {
		if (event == null) {
			throw new EventRefusal("training.code.unknown", 404);
		}
		if (event.codeExpired(today)) {
			throw new EventRefusal("training.code.expired", 410);
		}
	}

	/** Takes the participant off the event; their place goes to the first on the waiting list. */
	void remove(TrainingEvent event, Participant participant) {
		participants.delete(participant);
		participants.flush();
		fillFreePlaces(event);
	}

	/** Gives free places to waiting people, first come first served. */
	void fillFreePlaces(TrainingEvent event) {
		long taken = participants.countByEventIdAndStatus(event.id(), Participant.Status.REGISTERED);
		List<Participant> waiting = participants.findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(event.id(),
				Participant.Status.WAITING);
		for (int i = 0; i < waiting.size() && taken < event.capacity(); i++, taken++) {
			waiting.get(i).promote();
		}
	}

	@Transactional(readOnly = true)
	List<Participant> of(TrainingEvent event) {
		return participants.findByEventIdOrderByRegisteredAtAscIdAsc(event.id());
	}

	@Transactional(readOnly = true)
	Optional<Participant> byToken(String token) {
		return token == null || token.length() > 40 ? Optional.empty() : participants.findByToken(token);
	}

	/** One participant of the event, or not found. */
	@Transactional(readOnly = true)
	Participant in(TrainingEvent event, long participantId) {
		return participants.findById(participantId).filter(p -> p.eventId().equals(event.id()))
			.orElseThrow(() -> new org.fieldguide.platform.NotFoundException("No participant " + participantId));
	}

	/** Ticks who was there on one day of the event; everyone else of the event is marked absent. */
	void attendance(TrainingEvent event, LocalDate day, java.util.Set<Long> present) {
		if (!event.days().contains(day)) {
			throw new org.fieldguide.platform.NotFoundException("Not a day of the event: " + day);
		}
		for (Participant p : of(event)) {
			if (p.status() == Participant.Status.REGISTERED) {
				p.attended(day, present.contains(p.id()));
			}
		}
	}

	/** The participant's end-of-event evaluation; given once, by someone with a place. */
	void evaluate(Participant detached, Evaluation evaluation) {
		Participant participant = participants.findById(detached.id()).orElseThrow();
		if (participant.status() != Participant.Status.REGISTERED) {
			throw new EventRefusal("training.test.notRegistered", 409);
		}
		if (participant.evaluation() != null) {
			throw new EventRefusal("training.evaluation.already", 409);
		}
		participant.evaluate(evaluation, Instant.now(clock));
	}

}
