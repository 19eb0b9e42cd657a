package org.fieldguide.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fieldguide.platform.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link TrainingManual} other modules read: outlines and question banks, with English standing in
 * for missing translations. Nothing here is restricted (facilitator notes are not part of it).
 */
@Service
@Transactional(readOnly = true)
class ManualQueries implements TrainingManual {

	private final ModuleRepository modules;

	private final SessionRepository sessions;

	private final QuestionRepository questions;

	ManualQueries(ModuleRepository modules, SessionRepository sessions, QuestionRepository questions) {
		this.modules = modules;
		this.sessions = sessions;
		this.questions = questions;
	}

	@Override
	public List<ModuleOutline> modules(Language language) {
		Map<String, List<TrainingSession>> bySlug = sessions.findAllInOrder()
			.stream()
			.collect(Collectors.groupingBy(s -> s.module().slug()));
		return modules.findAllInOrder()
			.stream()
			.map(m -> outline(m, bySlug.getOrDefault(m.slug(), List.of()), language))
			.toList();
	}

	@Override
	public Optional<ModuleOutline> module(String slug, Language language) {
		return modules.findBySlug(slug).map(m -> outline(m, sessions.findInModule(slug), language));
	}

	@Override
	public List<Question> questions(String moduleSlug, Language language) {
		return questions.findInModule(moduleSlug).stream().map(q -> {
			LocalQuestionText text = Texts.choose(q.texts(), language).text();
			return new Question(q.key(), text.text(), List.copyOf(text.choices()), q.correctIndex());
		}).toList();
	}

	static ModuleOutline outline(TrainingModule module, List<TrainingSession> sessions, Language language) {
		LocalModuleText text = Texts.choose(module.texts(), language).text();
		int minutes = sessions.stream().mapToInt(TrainingSession::minutes).sum();
		return new ModuleOutline(module.slug(), module.position(), module.audience(), text.title(), text.description(),
				sessions.size(), minutes);
	}

}
