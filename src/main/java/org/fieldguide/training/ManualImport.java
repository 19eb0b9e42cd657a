package org.fieldguide.training;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldguide.guide.GuideChanged;
import org.fieldguide.guide.MarkdownRenderer;
import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualSnapshot.ModuleData;
import org.fieldguide.training.ManualSnapshot.QuestionData;
import org.fieldguide.training.ManualSnapshot.SessionData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a checked {@link ManualSnapshot} to the training manual in one transaction, rendering plans and
 * facilitator notes to sanitised HTML once. Readers' pages change (the programme, entry pages that list
 * their sessions), so it publishes {@link GuideChanged} inside the transaction, like the guide's import.
 */
@Service
public class ManualImport {

	private final ModuleRepository modules;

	private final SessionRepository sessions;

	private final QuestionRepository questions;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	ManualImport(ModuleRepository modules, SessionRepository sessions, QuestionRepository questions,
			MarkdownRenderer markdown, ApplicationEventPublisher events) {
		this.modules = modules;
		this.sessions = sessions;
		this.questions = questions;
		this.markdown = markdown;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return modules.count() == 0;
	}

	/** Slugs already taken, as "module:x" and "session:y", so an importer can refuse a clash before writing. */
	@Transactional(readOnly = true)
	public Set<String> existingSlugs() {
		Set<String> slugs = new HashSet<>();
		modules.findAll().forEach(m -> slugs.add("module:" + m.slug()));
		sessions.findAll().forEach(s -> slugs.add("session:" + s.slug()));
		return slugs;
	}

	@Transactional
	public void add(ManualSnapshot snapshot) {
		if (snapshot.modules().isEmpty()) {
			return;
		}
		events.publishEvent(new GuideChanged("import of " + snapshot.modules().size() + " training modules and "
				+ snapshot.sessionCount() + " sessions"));
		for (ModuleData data : snapshot.modules()) {
			TrainingModule module = new TrainingModule(data.slug(), data.position(), data.audience());
			data.texts().forEach((language, text) -> module.texts()
				.put(language.code(), new LocalModuleText(text.title(), text.description())));
			TrainingModule saved = modules.save(module);
			for (SessionData s : data.sessions()) {
				TrainingSession session = new TrainingSession(s.slug(), saved, s.position(), s.minutes(), s.method());
				session.materials().addAll(s.materials());
				session.entries().addAll(s.entries());
				s.texts().forEach((language, text) -> session.texts().put(language.code(), text(text, language)));
				sessions.save(session);
			}
			List<QuestionData> bank = data.questions();
			for (int i = 0; i < bank.size(); i++) {
				QuestionData q = bank.get(i);
				TrainingQuestion question = new TrainingQuestion(saved, q.key(), i + 1, q.correctIndex());
				for (Map.Entry<Language, String> text : q.texts().entrySet()) {
					question.texts().put(text.getKey().code(), new LocalQuestionText(text.getValue(),
							String.join("\n", q.choices().get(text.getKey()))));
				}
				questions.save(question);
			}
		}
	}

	private LocalSessionText text(ManualSnapshot.SessionText text, Language language) {
		String notes = text.notesMarkdown();
		return new LocalSessionText(text.title(), String.join("\n", text.objectives()),
				text.planMarkdown(), markdown.render(text.planMarkdown(), language), notes,
				notes == null ? null : markdown.render(notes, language));
	}

}
