package org.fieldguide.training;

import java.util.ArrayList;
import java.util.List;

import org.fieldguide.access.Viewer;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import java.util.Map;
import java.util.stream.Collectors;

import org.fieldguide.training.ManualViews.AgendaDay;
import org.fieldguide.training.ManualViews.ModuleCard;
import org.fieldguide.training.ManualViews.ModulePage;
import org.fieldguide.training.ManualViews.SessionCard;
import org.fieldguide.training.ManualViews.SessionPage;
import org.fieldguide.training.TrainingManual.ModuleOutline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares the training pages for one viewer in one language. Guide entries and resources a session
 * names are read through {@link GuideReader} with the viewer, so nothing restricted is shown to someone
 * who may not read it; facilitator notes are loaded only for viewers the policy allows.
 */
@Service
@Transactional(readOnly = true)
class ManualPages {

	private final ModuleRepository modules;

	private final SessionRepository sessions;

	private final GuideReader guide;

	private final VisibilityPolicy policy;

	private final int dayMinutes;

	ManualPages(ModuleRepository modules, SessionRepository sessions, GuideReader guide, VisibilityPolicy policy,
			TrainingProperties properties) {
		this.modules = modules;
		this.sessions = sessions;
		this.guide = guide;
		this.policy = policy;
		this.dayMinutes = properties.dayMinutes();
	}

	ModulePage module(String slug, Language language) {
		TrainingModule module = modules.findBySlug(slug).orElseThrow(() -> new NotFoundException("No module " + slug));
		List<TrainingSession> inModule = sessions.findInModule(slug);
		List<SessionCard> cards = inModule.stream().map(s -> card(s, language)).toList();
		List<AgendaDay> days = new ArrayList<>();
		for (List<SessionCard> day : Agenda.days(cards, SessionCard::minutes, dayMinutes)) {
			days.add(new AgendaDay(days.size() + 1, day, day.stream().mapToInt(SessionCard::minutes).sum()));
		}
		return new ModulePage(ManualQueries.outline(module, inModule, language),
				Texts.choose(module.texts(), language).language(), cards, days, dayMinutes);
	}

	/** The programme: every module in order, with the language its texts are shown in. */
	List<ModuleCard> programme(Language language) {
		Map<String, List<TrainingSession>> bySlug = sessions.findAllInOrder()
			.stream()
			.collect(Collectors.groupingBy(s -> s.module().slug()));
		return modules.findAllInOrder()
			.stream()
			.map(m -> new ModuleCard(ManualQueries.outline(m, bySlug.getOrDefault(m.slug(), List.of()), language),
					Texts.choose(m.texts(), language).language()))
			.toList();
	}

	SessionPage session(String moduleSlug, String slug, Language language, Viewer viewer) {
		TrainingModule module = modules.findBySlug(moduleSlug)
			.orElseThrow(() -> new NotFoundException("No module " + moduleSlug));
		List<TrainingSession> inModule = sessions.findInModule(moduleSlug);
		int index = -1;
		for (int i = 0; i < inModule.size(); i++) {
			if (inModule.get(i).slug().equals(slug)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFoundException("No session " + moduleSlug + "/" + slug);
		}
		TrainingSession session = inModule.get(index);
		Texts.Chosen<LocalSessionText> chosen = Texts.choose(session.texts(), language);
		LocalSessionText text = chosen.text();
		boolean notesAllowed = policy.mayReadFacilitatorNotes(viewer);
		return new SessionPage(ManualQueries.outline(module, inModule, language), card(session, language),
				text.objectives(), text.planHtml(), notesAllowed ? text.notesHtml() : null, notesAllowed,
				guide.resourceItems(List.copyOf(session.materials()), language, viewer),
				guide.entryCards(List.copyOf(session.entries()), language, viewer), chosen.language() != language,
				index > 0 ? card(inModule.get(index - 1), language) : null,
				index + 1 < inModule.size() ? card(inModule.get(index + 1), language) : null);
	}

	/** Every session of the manual in order, for the manual as a whole (PDF). */
	List<SessionPage> all(Language language, Viewer viewer, boolean withNotes) {
		List<SessionPage> pages = new ArrayList<>();
		for (TrainingSession s : sessions.findAllInOrder()) {
			SessionPage page = session(s.module().slug(), s.slug(), language, viewer);
			pages.add(withNotes ? page : new SessionPage(page.module(), page.session(), page.objectives(),
					page.planHtml(), null, false, page.materials(), page.entries(), page.fallback(), null, null));
		}
		return pages;
	}

	static SessionCard card(TrainingSession session, Language language) {
		Texts.Chosen<LocalSessionText> chosen = Texts.choose(session.texts(), language);
		return new SessionCard(session.module().slug(), session.slug(), session.position(), chosen.text().title(),
				session.minutes(), session.method(), chosen.language());
	}

}
