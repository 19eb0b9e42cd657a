package org.fieldguide.editorial;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.CentreTags;
import org.fieldguide.guide.GuideEditing;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideStructure;
import org.fieldguide.guide.Phase;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An entry's place and tags, and new entries (with their English text). Only a publisher saves: the
 * change applies at once, because structure is shared by every language and has no text to review.
 * Refusals answer 400 with the form as it was sent and the reasons.
 */
@Controller
class StructureController {

	private final GuideStructure structure;

	private final GuideEditing guide;

	private final GuideReader reader;

	private final Structures structures;

	private final CurrentViewer viewer;

	StructureController(GuideStructure structure, GuideEditing guide, GuideReader reader, Structures structures,
			CurrentViewer viewer) {
		this.structure = structure;
		this.guide = guide;
		this.reader = reader;
		this.structures = structures;
		this.viewer = viewer;
	}

	@GetMapping("/{lang:[a-z]{2}}/editor/entries/{slug}/structure")
	String edit(@PathVariable String lang, @PathVariable String slug, Model model) {
		return page(Language.ofPage(lang), slug, StructureForm.of(structure.structure(slug, viewer.get())), model);
	}

	@PostMapping("/{lang:[a-z]{2}}/editor/entries/{slug}/structure")
	String save(@PathVariable String lang, @PathVariable String slug, @ModelAttribute StructureForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Language ui = Language.ofPage(lang);
		guide.entry(slug, viewer.get());
		try {
			structures.change(slug, form.structure(slug), viewer.get());
		}
		catch (GuideStructure.InvalidStructure invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", invalid.problems());
			return page(ui, slug, form, model);
		}
		redirect.addFlashAttribute("done", "structure.done.saved");
		return "redirect:/" + ui.code() + "/editor/entries/" + slug + "/structure";
	}

	@GetMapping("/{lang:[a-z]{2}}/editor/new-entry")
	String newEntry(@PathVariable String lang, Model model) {
		return page(Language.ofPage(lang), null, StructureForm.empty(), model);
	}

	@PostMapping("/{lang:[a-z]{2}}/editor/new-entry")
	String create(@PathVariable String lang, @ModelAttribute StructureForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Language ui = Language.ofPage(lang);
		TranslationForm text = new TranslationForm(form.title(), form.summary(), form.keyPoints(), form.body(), "", 0);
		List<String> problems = new ArrayList<>(text.problems());
		if (problems.isEmpty()) {
			try {
				structures.create(form.structure(null), form.text(), viewer.get());
			}
			catch (GuideStructure.InvalidStructure invalid) {
				problems.addAll(invalid.problems());
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", problems);
			return page(ui, null, form, model);
		}
		redirect.addFlashAttribute("done", "structure.done.created");
		return "redirect:/" + ui.code() + "/editor/entries/" + form.slug().strip() + "/en";
	}

	private String page(Language ui, String slug, StructureForm form, Model model) {
		model.addAttribute("slug", slug);
		model.addAttribute("entry", slug == null ? null : guide.entry(slug, viewer.get()));
		model.addAttribute("form", form);
		model.addAttribute("categories", reader.categories(ui, viewer.get()));
		model.addAttribute("entries", guide.entries(viewer.get()));
		model.addAttribute("phases", Phase.values());
		model.addAttribute("typologies", CentreTags.TYPOLOGIES);
		model.addAttribute("managementModels", CentreTags.MANAGEMENT_MODELS);
		return "editorial/structure";
	}

}
