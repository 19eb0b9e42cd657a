package org.fieldguide.editorial;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideEditing;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing one entry's text in one language: the form, its preview (htmx fragment or a full page from the
 * "Preview" button without JavaScript) and saving a draft. A save over a newer revision answers 409 with
 * the editor's text kept in the form and a diff against the newer revision; the form then carries the
 * newer number, so saving again is a deliberate choice made after seeing the diff.
 */
@Controller
@RequestMapping("/{lang:[a-z]{2}}/editor/entries/{slug}/{tl:[a-z]{2}}")
class EditController {

	static final String VIEW = EditPage.VIEW;

	/** The entry's text rendered as the public page renders it. */
	record Preview(String title, String summary, List<String> keyPoints, String bodyHtml) {
	}

	private final Revisions revisions;

	private final GuideEditing guide;

	private final CurrentViewer viewer;

	private final EditPage editPage;

	EditController(Revisions revisions, GuideEditing guide, CurrentViewer viewer, EditPage editPage) {
		this.revisions = revisions;
		this.guide = guide;
		this.viewer = viewer;
		this.editPage = editPage;
	}

	@GetMapping
	String edit(@PathVariable String slug, @PathVariable String tl, Model model) {
		Language language = content(tl);
		Optional<RevisionView> latest = revisions.latest(slug, language, viewer.get());
		TranslationForm form = latest.map(r -> TranslationForm.of(r.text(), r.number())).orElse(TranslationForm.empty());
		return page(slug, language, form, model);
	}

	@PostMapping
	String save(@PathVariable String lang, @PathVariable String slug, @PathVariable String tl,
			@ModelAttribute TranslationForm form, @RequestParam(defaultValue = "save") String action, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Language language = content(tl);
		List<String> problems = form.problems();
		if ("preview".equals(action)) {
			model.addAttribute("preview", preview(form, language));
			return page(slug, language, form, model);
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", problems);
			return page(slug, language, form, model);
		}
		try {
			RevisionView saved = revisions.save(slug, language, form.text(), form.comment(), form.baseNumber(),
					viewer.get());
			redirect.addFlashAttribute("done", "editorial.done.saved");
			redirect.addFlashAttribute("doneNumber", saved.number());
			return "redirect:/" + lang + "/editor/entries/" + slug + "/" + tl;
		}
		catch (EditConflictException conflict) {
			return conflict(slug, language, form, conflict.newer(), model, response);
		}
		catch (DataIntegrityViolationException sameNumber) {
			// someone saved the same next number a moment earlier: the same conflict, found by the database
			RevisionView newer = revisions.latest(slug, language, viewer.get()).orElseThrow();
			return conflict(slug, language, form, newer, model, response);
		}
	}

	/** The preview alone, for htmx: the same renderer as the public page. */
	@PostMapping("/preview")
	String previewFragment(@PathVariable String slug, @PathVariable String tl, @ModelAttribute TranslationForm form,
			Model model) {
		Language language = content(tl);
		model.addAttribute("tl", language);
		model.addAttribute("preview", preview(form, language));
		return VIEW + " :: preview";
	}

	private String conflict(String slug, Language language, TranslationForm form, RevisionView newer, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflict", newer);
		model.addAttribute("diff", RevisionDiff.between(newer.text(), form.text()));
		return page(slug, language, form.withBase(newer.number()), model);
	}

	private String page(String slug, Language language, TranslationForm form, Model model) {
		return editPage.render(slug, language, form, model);
	}

	private Preview preview(TranslationForm form, Language language) {
		RevisionText text = form.text();
		return new Preview(text.title(), text.summary(), text.keyPoints(), guide.render(text.bodyMarkdown(), language));
	}

	static Language content(String code) {
		return Language.fromCode(code).orElseThrow(() -> new NotFoundException("No language " + code));
	}

}
