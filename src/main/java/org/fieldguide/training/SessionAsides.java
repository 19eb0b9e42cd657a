package org.fieldguide.training;

import java.util.List;
import java.util.Optional;

import org.fieldguide.access.Viewer;
import org.fieldguide.guide.EntryAsides;
import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualViews.SessionCard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Taught in these training sessions" on an entry page. The manual itself is public (only facilitator
 * notes are not), so every viewer who may read the entry sees the same links.
 */
@Component
class SessionAsides implements EntryAsides {

	private final SessionRepository sessions;

	SessionAsides(SessionRepository sessions) {
		this.sessions = sessions;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Aside> aside(String entrySlug, Language language, Viewer viewer) {
		List<Link> links = sessions.findTeaching(entrySlug).stream().map(s -> {
			SessionCard card = ManualPages.card(s, language);
			String module = Texts.choose(s.module().texts(), language).text().title();
			return new Link(card.href(language), card.title(), module, card.textLanguage());
		}).toList();
		return links.isEmpty() ? Optional.empty() : Optional.of(new Aside("training-sessions", "training.taughtIn", links));
	}

}
