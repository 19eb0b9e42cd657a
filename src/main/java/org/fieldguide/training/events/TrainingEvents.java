package org.fieldguide.training.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fieldguide.access.Accounts;
import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training events as trainers manage them. Access rule: an administrator manages every event; a trainer
 * manages only the events they facilitate; anybody else manages none. An event the viewer may not manage
 * is answered as not found, so that its existence is not revealed.
 */
@Service
@Transactional
class TrainingEvents {

	private final TrainingEventRepository events;

	private final Accounts accounts;

	private final Registrations registrations;

	private final Clock clock = Clock.systemUTC();

	TrainingEvents(TrainingEventRepository events, Accounts accounts, Registrations registrations) {
		this.events = events;
		this.accounts = accounts;
		this.registrations = registrations;
	}

	static boolean mayManageAny(Viewer viewer) {
		return viewer.has(Role.ADMIN) || viewer.has(Role.TRAINER);
	}

	/** The events the viewer manages, latest first. */
	@Transactional(readOnly = true)
	List<TrainingEvent> managedBy(Viewer viewer) {
		if (viewer.has(Role.ADMIN)) {
			return events.findAllByOrderByStartDateDescIdDesc();
		}
		if (viewer.has(Role.TRAINER)) {
			return events.findFacilitatedBy(viewer.accountId());
		}
		return List.of();
	}

	/** The event, when the viewer manages it; otherwise not found. */
	@Transactional(readOnly = true)
	TrainingEvent manage(long id, Viewer viewer) {
		TrainingEvent event = events.findById(id).orElseThrow(() -> new NotFoundException("No event " + id));
		boolean mine = viewer.has(Role.TRAINER) && viewer.accountId() != null
				&& event.facilitators().contains(viewer.accountId());
		if (!viewer.has(Role.ADMIN) && !mine) {
			throw new NotFoundException("No event " + id);
		}
		return event;
	}

	/** Accounts that may facilitate, by id. */
	@Transactional(readOnly = true)
	List<Accounts.AccountView> trainers() {
		return accounts.withRole(Role.TRAINER);
	}

	Set<Long> trainerIds() {
		return trainers().stream().map(Accounts.AccountView::id).collect(Collectors.toSet());
	}

	TrainingEvent create(EventForm.Valid form, Viewer viewer) {
		if (!mayManageAny(viewer)) {
			throw new NotFoundException("Not a trainer");
		}
		String code = Codes.eventCode();
		while (events.existsByCode(code)) {
			code = Codes.eventCode();
		}
		TrainingEvent event = new TrainingEvent(code, Instant.now(clock));
		event.update(form);
		return events.save(event);
	}

	/** Saves the changed event; places freed by a larger capacity go to the waiting list in order. */
	TrainingEvent update(long id, EventForm.Valid form, Viewer viewer) {
		TrainingEvent event = manage(id, viewer);
		event.update(form);
		registrations.fillFreePlaces(event);
		return event;
	}

	@Transactional(readOnly = true)
	TrainingEvent byCode(String code) {
		return events.findByCode(Codes.normalise(code)).orElse(null);
	}

	@Transactional(readOnly = true)
	List<TrainingEvent> openPublicEvents() {
		return events.findByInvitationOnlyFalseAndEndDateGreaterThanEqualOrderByStartDate(
				java.time.LocalDate.now(clock));
	}

}
