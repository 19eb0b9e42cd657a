package org.fieldguide.editorial;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideEditing;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the edit page shows besides the form, for every controller that answers with it. */
@Component
class EditPage {

	static final String VIEW = "editorial/edit";

	private final Revisions revisions;

	private final GuideEditing guide;

	private final CurrentViewer viewer;

	EditPage(Revisions revisions, GuideEditing guide, CurrentViewer viewer) {
		this.revisions = revisions;
		this.guide = guide;
		this.viewer = viewer;
	}

	String render(String slug, Language language, TranslationForm form, Model model) {
		Viewer current = viewer.get();
		model.addAttribute("entry", guide.entry(slug, current));
		model.addAttribute("tl", language);
		model.addAttribute("form", form);
		model.addAttribute("latest", revisions.latest(slug, language, current).orElse(null));
		model.addAttribute("publisher", current.has(Role.PUBLISHER));
		model.addAttribute("published", guide.publishedText(slug, language, current).isPresent());
		model.addAttribute("languages", Language.values());
		return VIEW;
	}

	/** The form as the latest revision has it, for pages answering a refused workflow step. */
	String renderLatest(String slug, Language language, Model model) {
		TranslationForm form = revisions.latest(slug, language, viewer.get())
			.map(r -> TranslationForm.of(r.text(), r.number()))
			.orElse(TranslationForm.empty());
		return render(slug, language, form, model);
	}

}
