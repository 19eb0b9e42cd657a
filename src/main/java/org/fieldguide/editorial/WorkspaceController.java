package org.fieldguide.editorial;

import jakarta.servlet.http.HttpServletRequest;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace list, filtered and sorted by query parameters so that a view can be bookmarked and works
 * without JavaScript. Unknown filter values are ignored rather than refused: the list is only narrowed.
 */
@Controller
class WorkspaceController {

	private final Workspace workspace;

	private final GuideReader reader;

	private final CurrentViewer viewer;

	private final org.fieldguide.guide.GuideGovernance governance;

	WorkspaceController(Workspace workspace, GuideReader reader, CurrentViewer viewer,
			org.fieldguide.guide.GuideGovernance governance) {
		this.workspace = workspace;
		this.reader = reader;
		this.viewer = viewer;
		this.governance = governance;
	}

	@GetMapping({ "/editor", "/editor/" })
	String toLanguage(HttpServletRequest request) {
		return "redirect:/" + org.fieldguide.platform.PathLocaleResolver.languageOf(request).code() + "/editor";
	}

	@GetMapping({ "/{lang:[a-z]{2}}/editor", "/{lang:[a-z]{2}}/editor/" })
	String list(@PathVariable String lang, @RequestParam(required = false) String category,
			@RequestParam(required = false) String language, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, Model model) {
		Language ui = Language.ofPage(lang);
		Workspace.Filter filter = new Workspace.Filter(blankToNull(category), Language.fromCode(language).orElse(null),
				state(status), sort != null && Workspace.Filter.SORTS.contains(sort) ? sort : "guide");
		model.addAttribute("filter", filter);
		model.addAttribute("rows", workspace.list(filter, ui, viewer.get()));
		model.addAttribute("categories", reader.categories(ui, viewer.get()));
		model.addAttribute("languages", Language.values());
		model.addAttribute("states", Workspace.State.values());
		model.addAttribute("sorts", Workspace.Filter.SORTS);
		model.addAttribute("reviewCounts", governance.counts(viewer.get()));
		return "editorial/list";
	}

	private static Workspace.State state(String slug) {
		for (Workspace.State s : Workspace.State.values()) {
			if (s.slug().equals(slug)) {
				return s;
			}
		}
		return null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
