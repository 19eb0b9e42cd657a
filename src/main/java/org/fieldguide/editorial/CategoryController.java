package org.fieldguide.editorial;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.guide.CategoriesAndResources;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Categories in the workspace: the list in guide order with move buttons (plain forms, no JavaScript),
 * create and edit, and the history of each. Editors see; publishers change (checked again in the service).
 */
@Controller
@RequestMapping("/{lang:[a-z]{2}}/editor/categories")
class CategoryController {

	private final CategoriesAndResources guide;

	private final StructureRevisions revisions;

	private final CurrentViewer viewer;

	CategoryController(CategoriesAndResources guide, StructureRevisions revisions, CurrentViewer viewer) {
		this.guide = guide;
		this.revisions = revisions;
		this.viewer = viewer;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("categories", guide.categories(viewer.get()));
		return "editorial/categories";
	}

	@GetMapping("/new")
	String create(Model model) {
		return page(CategoryForm.empty(), true, List.of(), model);
	}

	@PostMapping
	String create(@PathVariable String lang, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CategoryForm form = CategoryForm.from(params);
		List<String> errors = new java.util.ArrayList<>(form.errors(true));
		if (errors.isEmpty() && guide.categories(viewer.get()).stream().anyMatch(c -> c.slug().equals(form.slug()))) {
			errors.add("catalogue.error.slugTaken");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(form, true, errors, model);
		}
		revisions.saveCategory(form.toState(form.slug()), true, form.comment(), viewer.get());
		redirect.addFlashAttribute("done", "catalogue.done.saved");
		return "redirect:/" + lang + "/editor/categories/" + form.slug();
	}

	@GetMapping("/{slug}")
	String edit(@PathVariable String slug, Model model) {
		return page(CategoryForm.of(guide.category(slug, viewer.get())), false, List.of(), model);
	}

	@PostMapping("/{slug}")
	String save(@PathVariable String lang, @PathVariable String slug, @RequestParam Map<String, String> params,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		guide.category(slug, viewer.get());
		CategoryForm form = CategoryForm.from(params);
		List<String> errors = form.errors(false);
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(new CategoryForm(slug, form.visibility(), form.titles(), form.descriptions(), form.comment()),
					false, errors, model);
		}
		revisions.saveCategory(form.toState(slug), false, form.comment(), viewer.get());
		redirect.addFlashAttribute("done", "catalogue.done.saved");
		return "redirect:/" + lang + "/editor/categories/" + slug;
	}

	/** {@code direction=up} or {@code down}; back to the list, at the moved row. */
	@PostMapping("/{slug}/move")
	String move(@PathVariable String lang, @PathVariable String slug, @RequestParam String direction) {
		guide.move(slug, "up".equals(direction) ? -1 : 1, viewer.get());
		return "redirect:/" + lang + "/editor/categories#category-" + slug;
	}

	@GetMapping("/{slug}/history")
	String history(@PathVariable String lang, @PathVariable String slug, Model model) {
		CategoriesAndResources.CategoryState category = guide.category(slug, viewer.get());
		return StructureHistory.history(model, category.title(Language.ofPage(lang)),
				"/" + lang + "/editor/categories/" + slug, revisions.categoryHistory(slug, viewer.get()));
	}

	@GetMapping("/{slug}/diff")
	String diff(@PathVariable String lang, @PathVariable String slug, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		List<StructureRevisions.Revision> history = revisions.categoryHistory(slug, viewer.get());
		StructureHistory.Pair pair = StructureHistory.pair(history, from, to);
		return StructureHistory.diff(model, guide.category(slug, viewer.get()).title(Language.ofPage(lang)),
				"/" + lang + "/editor/categories/" + slug, pair,
				StructureLines.of(revisions.categoryAt(slug, pair.from(), viewer.get())),
				StructureLines.of(revisions.categoryAt(slug, pair.to(), viewer.get())));
	}

	@PostMapping("/{slug}/revisions/{number}/restore")
	String restore(@PathVariable String lang, @PathVariable String slug, @PathVariable int number,
			RedirectAttributes redirect) {
		revisions.restoreCategory(slug, number, viewer.get());
		redirect.addFlashAttribute("done", "catalogue.done.restored");
		return "redirect:/" + lang + "/editor/categories/" + slug + "/history";
	}

	private String page(CategoryForm form, boolean create, List<String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("create", create);
		model.addAttribute("errors", errors);
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("languages", Language.values());
		return "editorial/category";
	}

}
