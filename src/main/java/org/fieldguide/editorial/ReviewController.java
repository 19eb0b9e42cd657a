package org.fieldguide.editorial;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow buttons of the edit page: submit, publish, return with a comment, unpublish, restore. Each
 * answers with the edit page again and a one-line message; a move that is no longer possible (someone
 * else acted first) says so instead of doing anything.
 */
@Controller
@RequestMapping("/{lang:[a-z]{2}}/editor/entries/{slug}/{tl:[a-z]{2}}")
class ReviewController {

	private final Revisions revisions;

	private final CurrentViewer viewer;

	private final EditPage editPage;

	ReviewController(Revisions revisions, CurrentViewer viewer, EditPage editPage) {
		this.revisions = revisions;
		this.viewer = viewer;
		this.editPage = editPage;
	}

	@PostMapping("/revisions/{number}/submit")
	String submit(@PathVariable String lang, @PathVariable String slug, @PathVariable String tl,
			@PathVariable int number, RedirectAttributes redirect) {
		return act(lang, slug, tl, redirect, "editorial.done.submitted",
				() -> revisions.submit(slug, EditController.content(tl), number, viewer.get()));
	}

	@PostMapping("/revisions/{number}/publish")
	String publish(@PathVariable String lang, @PathVariable String slug, @PathVariable String tl,
			@PathVariable int number, @RequestParam(required = false) String changeSummary,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		if (changeSummary != null && changeSummary.length() > 300) {
			return badRequest(slug, tl, "editorial.error.changeSummary", model, response);
		}
		return act(lang, slug, tl, redirect, "editorial.done.published",
				() -> revisions.publish(slug, EditController.content(tl), number, changeSummary, viewer.get()));
	}

	@PostMapping("/revisions/{number}/return")
	String returnToDraft(@PathVariable String lang, @PathVariable String slug, @PathVariable String tl,
			@PathVariable int number, @RequestParam(required = false) String comment, RedirectAttributes redirect,
			Model model, HttpServletResponse response) {
		if (comment == null || comment.isBlank() || comment.length() > 1000) {
			return badRequest(slug, tl, "editorial.error.returnComment", model, response);
		}
		return act(lang, slug, tl, redirect, "editorial.done.returned",
				() -> revisions.returnToDraft(slug, EditController.content(tl), number, comment, viewer.get()));
	}

	@PostMapping("/unpublish")
	String unpublish(@PathVariable String lang, @PathVariable String slug, @PathVariable String tl,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		Language language = EditController.content(tl);
		if (language == Language.SOURCE) {
			return refuse(lang, slug, tl, redirect, "editorial.error.unpublishSource");
		}
		return act(lang, slug, tl, redirect, "editorial.done.unpublished",
				() -> revisions.unpublish(slug, language, comment, viewer.get()));
	}

	@PostMapping("/revisions/{number}/restore")
	String restore(@PathVariable String lang, @PathVariable String slug, @PathVariable String tl,
			@PathVariable int number, @RequestParam int base, RedirectAttributes redirect) {
		try {
			return act(lang, slug, tl, redirect, "editorial.done.restored",
					() -> revisions.restore(slug, EditController.content(tl), number, base, viewer.get()));
		}
		catch (EditConflictException conflict) {
			return refuse(lang, slug, tl, redirect, "editorial.error.stale");
		}
	}

	private String act(String lang, String slug, String tl, RedirectAttributes redirect, String done, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (IllegalStateException stale) {
			redirect.addFlashAttribute("refused", "editorial.error.stale");
		}
		return "redirect:/" + lang + "/editor/entries/" + slug + "/" + tl;
	}

	/** Bad input: 400 with the edit page and the reason, nothing changed. */
	private String badRequest(String slug, String tl, String key, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("refused", key);
		return editPage.renderLatest(slug, EditController.content(tl), model);
	}

	private static String refuse(String lang, String slug, String tl, RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("refused", key);
		return "redirect:/" + lang + "/editor/entries/" + slug + "/" + tl;
	}

}
