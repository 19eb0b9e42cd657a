package org.fieldguide.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualSnapshot.ModuleData;
import org.fieldguide.training.ManualSnapshot.ModuleText;
import org.fieldguide.training.ManualSnapshot.QuestionData;
import org.fieldguide.training.ManualSnapshot.SessionData;
import org.fieldguide.training.ManualSnapshot.SessionText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole training manual as a {@link ManualSnapshot}, the form {@link ManualImport} takes: what a content
 * package export writes. It holds the facilitator notes, so only editors and publishers may read it.
 */
@Service
public class ManualExport {

	private final ModuleRepository modules;

	private final SessionRepository sessions;

	private final QuestionRepository questions;

	ManualExport(ModuleRepository modules, SessionRepository sessions, QuestionRepository questions) {
		this.modules = modules;
		this.sessions = sessions;
		this.questions = questions;
	}

	@Transactional(readOnly = true)
	public ManualSnapshot snapshot(Viewer viewer) {
		if (!viewer.has(Role.EDITOR) && !viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only editors and publishers export the training manual");
		}
		List<ModuleData> result = new ArrayList<>();
		for (TrainingModule module : modules.findAllInOrder()) {
			Map<Language, ModuleText> texts = new EnumMap<>(Language.class);
			module.texts().forEach((code, text) -> Language.fromCode(code)
				.ifPresent(l -> texts.put(l, new ModuleText(text.title(), text.description()))));
			List<SessionData> sessionData = new ArrayList<>();
			for (TrainingSession session : sessions.findInModule(module.slug())) {
				Map<Language, SessionText> sessionTexts = new EnumMap<>(Language.class);
				session.texts().forEach((code, text) -> Language.fromCode(code).ifPresent(l -> sessionTexts.put(l,
						new SessionText(text.title(), text.objectives(), text.planMarkdown(), text.notesMarkdown()))));
				sessionData.add(new SessionData(session.slug(), session.position(), session.minutes(), session.method(),
						List.copyOf(session.materials()), List.copyOf(session.entries()), sessionTexts));
			}
			List<QuestionData> bank = new ArrayList<>();
			for (TrainingQuestion question : questions.findInModule(module.slug())) {
				Map<Language, String> wording = new EnumMap<>(Language.class);
				Map<Language, List<String>> choices = new EnumMap<>(Language.class);
				question.texts().forEach((code, text) -> Language.fromCode(code).ifPresent(l -> {
					wording.put(l, text.text());
					choices.put(l, List.copyOf(text.choices()));
				}));
				bank.add(new QuestionData(question.key(), wording, choices, question.correctIndex()));
			}
			result.add(new ModuleData(module.slug(), module.position(), module.audience(), texts, sessionData, bank));
		}
		return new ManualSnapshot(result);
	}

}
