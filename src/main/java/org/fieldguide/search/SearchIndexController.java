package org.fieldguide.search;

import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /{lang}/admin/search-index} (ADMIN, by address): how many documents the index holds against the
 * database, a full rebuild on request, and its progress while it runs. The page refreshes itself while
 * rebuilding (a meta refresh, no script needed).
 */
@Controller
class SearchIndexController {

	private final SearchIndexState index;

	SearchIndexController(SearchIndexState index) {
		this.index = index;
	}

	@GetMapping("/{lang:[a-z]{2}}/admin/search-index")
	String page(@PathVariable String lang, Model model) {
		Language.ofPage(lang);
		long[] progress = index.progress();
		model.addAttribute("rebuilding", index.rebuilding());
		model.addAttribute("done", progress[0]);
		model.addAttribute("expected", progress[1]);
		model.addAttribute("inIndex", index.countInIndex());
		model.addAttribute("inDatabase", index.countInDatabase());
		return "search/admin-index";
	}

	@PostMapping("/{lang:[a-z]{2}}/admin/search-index")
	String rebuild(@PathVariable String lang, RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		redirect.addFlashAttribute("message", index.rebuild() ? "index.started" : "index.alreadyRunning");
		return "redirect:/" + language.code() + "/admin/search-index";
	}


}
