package org.fieldguide.training.events;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of attendance: given to registered participants who attended at least the configured
 * share of the event's days ({@code fieldguide.training.certificate-attendance}), each with a code that
 * anyone can check on the public verification page.
 */
@Service
@Transactional
public class Certificates {

	/** What the public verification page confirms: nothing more than name, event and dates. */
	public record Verified(String name, String eventTitle, java.time.LocalDate startDate, java.time.LocalDate endDate,
			String code) {
	}

	private final ParticipantRepository participants;

	private final TrainingEventRepository events;

	private final EventProperties properties;

	Certificates(ParticipantRepository participants, TrainingEventRepository events, EventProperties properties) {
		this.participants = participants;
		this.events = events;
		this.properties = properties;
	}

	boolean eligible(TrainingEvent event, Participant participant) {
		return !participant.erased() && attendedEnough(event, participant);
	}

	/** The anonymous part of the rule, which reports count, so that erasure does not change them. */
	boolean attendedEnough(TrainingEvent event, Participant participant) {
		if (participant.status() != Participant.Status.REGISTERED) {
			return false;
		}
		long days = event.days().size();
		long present = participant.attendance().stream().filter(event.days()::contains).count();
		return present >= Math.ceil(properties.certificateAttendance() * days - 1e-9);
	}

	/** The participant's certificate code, given on first request; refused when not eligible. */
	String issue(TrainingEvent event, Participant detached) {
		Participant participant = participants.findById(detached.id()).orElseThrow();
		if (!eligible(event, participant)) {
			throw new EventRefusal("training.certificate.notEligible", 409);
		}
		if (participant.certificateCode() == null) {
			String code = Codes.certificateCode();
			while (participants.findByCertificateCode(code).isPresent()) {
				code = Codes.certificateCode();
			}
			participant.certify(code);
		}
		return participant.certificateCode();
	}

	@Transactional(readOnly = true)
	Optional<Verified> verify(String code) {
		String normalised = Codes.normalise(code);
		if (normalised.isEmpty() || normalised.length() > 16) {
			return Optional.empty();
		}
		return participants.findByCertificateCode(normalised).flatMap(p -> events.findById(p.eventId())
			.map(e -> new Verified(p.name(), e.title(), e.startDate(), e.endDate(), normalised)));
	}

}
