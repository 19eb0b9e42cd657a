package org.fieldguide.training.events;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.fieldguide.training.TrainingManual;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-tests and post-tests of an event's modules, from the manual's question bank in the event's
 * language. Each test is taken once: a second submission is refused and the first answers are kept.
 */
@Service
@Transactional
class TestSheets {

	private final TestSheetRepository sheets;

	private final TrainingManual manual;

	private final Clock clock = Clock.systemUTC();

	TestSheets(TestSheetRepository sheets, TrainingManual manual) {
		this.sheets = sheets;
		this.manual = manual;
	}

	/** The questions of a module of this event, in the event's language. */
	@Transactional(readOnly = true)
	List<TrainingManual.Question> questions(TrainingEvent event, String module) {
		if (!event.modules().contains(module)) {
			throw new NotFoundException("Module " + module + " is not taught at this event");
		}
		return manual.questions(module, Language.fromCode(event.language()).orElse(Language.SOURCE));
	}

	boolean taken(Participant participant, String module, TestSheet.Phase phase) {
		return sheets.existsByParticipantIdAndModuleSlugAndPhase(participant.id(), module, phase);
	}

	/**
	 * Scores and keeps the answers. Refused ("training.test.already", 409) when this test was already
	 * submitted, and ("training.test.notRegistered", 409) for someone still on the waiting list.
	 *
	 * @param enteredBy the trainer who typed the answers in, or null when the participant answered
	 */
	Score submit(TrainingEvent event, Participant participant, String module, TestSheet.Phase phase,
			Map<String, Integer> answers, Long enteredBy) {
		List<TrainingManual.Question> questions = questions(event, module);
		if (participant.status() != Participant.Status.REGISTERED) {
			throw new EventRefusal("training.test.notRegistered", 409);
		}
		if (taken(participant, module, phase)) {
			throw new EventRefusal("training.test.already", 409);
		}
		Map<String, Integer> correct = new LinkedHashMap<>();
		Map<String, Integer> given = new LinkedHashMap<>();
		for (TrainingManual.Question q : questions) {
			correct.put(q.key(), q.correctIndex());
			Integer choice = answers.get(q.key());
			if (choice != null && choice >= 0 && choice < q.choices().size()) {
				given.put(q.key(), choice);
			}
		}
		Score score = Score.of(correct, given);
		try {
			sheets.saveAndFlush(new TestSheet(participant.id(), module, phase, given, score, enteredBy,
					Instant.now(clock)));
		}
		catch (DataIntegrityViolationException sameMoment) {
			// the same test sent twice at once: the unique key kept the first
			throw new EventRefusal("training.test.already", 409);
		}
		return score;
	}

	@Transactional(readOnly = true)
	List<TestSheet> of(Participant participant) {
		return sheets.findByParticipantId(participant.id());
	}

	@Transactional(readOnly = true)
	List<TestSheet> ofAll(List<Participant> participants) {
		return sheets.findByParticipantIdIn(participants.stream().map(Participant::id).toList());
	}

}
