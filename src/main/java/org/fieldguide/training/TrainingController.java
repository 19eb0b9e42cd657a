package org.fieldguide.training;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualViews.SessionPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The training manual's pages: the programme, a module with its agenda, and a session. */
@Controller
class TrainingController {

	private static final String SLUG = "[a-z0-9][a-z0-9-]*";

	private final ManualPages pages;

	private final CurrentViewer viewer;

	private final VisibilityPolicy policy;

	TrainingController(ManualPages pages, CurrentViewer viewer, VisibilityPolicy policy) {
		this.policy = policy;
		this.pages = pages;
		this.viewer = viewer;
	}

	@GetMapping("/{lang:[a-z]{2}}/training")
	String programme(@PathVariable String lang, Model model) {
		model.addAttribute("modules", pages.programme(Language.ofPage(lang)));
		model.addAttribute("facilitator", policy.mayReadFacilitatorNotes(viewer.get()));
		return "training/programme";
	}

	@GetMapping("/{lang:[a-z]{2}}/training/{module:" + SLUG + "}")
	String module(@PathVariable String lang, @PathVariable String module, Model model) {
		model.addAttribute("page", pages.module(module, Language.ofPage(lang)));
		return "training/module";
	}

	@GetMapping("/{lang:[a-z]{2}}/training/{module:" + SLUG + "}/{session:" + SLUG + "}")
	String session(@PathVariable String lang, @PathVariable String module, @PathVariable String session, Model model,
			HttpServletResponse response) {
		SessionPage page = pages.session(module, session, Language.ofPage(lang), viewer.get());
		if (page.notesAllowed()) {
			// facilitator notes are for some viewers only: no shared cache may keep this page
			response.setHeader("Cache-Control", "private, no-cache");
		}
		model.addAttribute("page", page);
		return "training/session";
	}

}
