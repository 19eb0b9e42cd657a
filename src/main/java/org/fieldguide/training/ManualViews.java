package org.fieldguide.training;

import java.util.List;

import org.fieldguide.guide.GuideViews.EntryCard;
import org.fieldguide.guide.GuideViews.ResourceItem;
import org.fieldguide.platform.Language;
import org.fieldguide.training.TrainingManual.ModuleOutline;

/** What the training pages and the manual's PDF show, prepared for one viewer in one language. */
public final class ManualViews {

	private ManualViews() {
	}

	public record SessionCard(String moduleSlug, String slug, int position, String title, int minutes, String method,
			Language textLanguage) {

		public String href(Language language) {
			return "/" + language.code() + "/training/" + moduleSlug + "/" + slug;
		}

	}

	/** @param minutes the minutes of sessions that day */
	public record AgendaDay(int number, List<SessionCard> sessions, int minutes) {
	}

	/** @param textLanguage the language of the module's title and description (English when not translated) */
	public record ModulePage(ModuleOutline module, Language textLanguage, List<SessionCard> sessions,
			List<AgendaDay> days, int dayMinutes) {
	}

	/** A module in the programme, with the language its texts are in. */
	public record ModuleCard(ModuleOutline module, Language textLanguage) {
	}

	/**
	 * @param notesHtml the facilitator notes, only for a viewer who may read them (else null)
	 * @param entries the guide entries the session teaches that this viewer may read
	 */
	public record SessionPage(ModuleOutline module, SessionCard session, List<String> objectives, String planHtml,
			String notesHtml, boolean notesAllowed, List<ResourceItem> materials, List<EntryCard> entries,
			boolean fallback, SessionCard previous, SessionCard next) {
	}

}
