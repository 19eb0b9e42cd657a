package org.fieldguide.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.guide.GuideEditing;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.CategoriesAndResources;
import org.fieldguide.guide.CategoriesAndResources.ResourceState;
import org.fieldguide.guide.ResourceType;
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
 * Resources in the workspace: the list, filtered by query parameters (bookmarkable, no JavaScript), and
 * the metadata form. Files have their own forms ({@link ResourceFileController}).
 */
@Controller
@RequestMapping("/{lang:[a-z]{2}}/editor/resources")
class ResourceController {

	/** The list's filters; null means "any". */
	record Filter(String type, String category, String entry, String visibility, String fileLanguage) {
	}

	private final CategoriesAndResources guide;

	private final GuideEditing entries;

	private final GuideReader reader;

	private final StructureRevisions revisions;

	private final CurrentViewer viewer;

	ResourceController(CategoriesAndResources guide, GuideEditing entries, GuideReader reader, StructureRevisions revisions,
			CurrentViewer viewer) {
		this.guide = guide;
		this.entries = entries;
		this.reader = reader;
		this.revisions = revisions;
		this.viewer = viewer;
	}

	@GetMapping
	String list(@PathVariable String lang, @RequestParam Map<String, String> params, Model model) {
		Filter filter = new Filter(blank(params.get("type")), blank(params.get("category")), blank(params.get("entry")),
				blank(params.get("visibility")), blank(params.get("file")));
		Map<String, String> categoryOfEntry = entries.entries(viewer.get()).stream()
			.collect(Collectors.toMap(GuideEditing.EntryOverview::slug, GuideEditing.EntryOverview::categorySlug));
		List<ResourceState> rows = guide.resources(viewer.get()).stream()
			.filter(r -> filter.type() == null || r.type().slug().equals(filter.type()))
			.filter(r -> filter.visibility() == null || r.visibility().name().equals(filter.visibility()))
			.filter(r -> filter.entry() == null || r.entries().contains(filter.entry()))
			.filter(r -> filter.category() == null
					|| r.entries().stream().anyMatch(e -> filter.category().equals(categoryOfEntry.get(e))))
			.filter(r -> filter.fileLanguage() == null
					|| r.files().keySet().stream().anyMatch(l -> l.code().equals(filter.fileLanguage())))
			.toList();
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("categories", reader.categories(Language.ofPage(lang), viewer.get()));
		choices(model);
		return "editorial/resources";
	}

	@GetMapping("/new")
	String create(Model model) {
		return page(ResourceForm.empty(), null, List.of(), model);
	}

	@PostMapping
	String create(@PathVariable String lang, @RequestParam Map<String, String> params,
			@RequestParam(name = "entries", required = false) List<String> linked, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ResourceForm form = ResourceForm.from(params, linked);
		List<String> errors = new ArrayList<>(form.errors(true, entrySlugs()));
		if (errors.isEmpty() && guide.resources(viewer.get()).stream().anyMatch(r -> r.slug().equals(form.slug()))) {
			errors.add("catalogue.error.slugTaken");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(form, null, errors, model);
		}
		revisions.saveResource(form.toState(form.slug(), Map.of()), true, form.comment(), viewer.get());
		redirect.addFlashAttribute("done", "catalogue.done.saved");
		return "redirect:/" + lang + "/editor/resources/" + form.slug();
	}

	@GetMapping("/{slug}")
	String edit(@PathVariable String slug, Model model) {
		ResourceState resource = guide.resource(slug, viewer.get());
		return page(ResourceForm.of(resource), resource, List.of(), model);
	}

	@PostMapping("/{slug}")
	String save(@PathVariable String lang, @PathVariable String slug, @RequestParam Map<String, String> params,
			@RequestParam(name = "entries", required = false) List<String> linked, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ResourceState resource = guide.resource(slug, viewer.get());
		ResourceForm form = ResourceForm.from(params, linked);
		List<String> errors = form.errors(false, entrySlugs());
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(form, resource, errors, model);
		}
		revisions.saveResource(form.toState(slug, resource.files()), false, form.comment(), viewer.get());
		redirect.addFlashAttribute("done", "catalogue.done.saved");
		return "redirect:/" + lang + "/editor/resources/" + slug;
	}

	/** The edit page; also used by the file forms to show a refused upload. */
	String page(ResourceForm form, ResourceState resource, List<String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("resource", resource);
		model.addAttribute("create", resource == null);
		model.addAttribute("errors", errors);
		choices(model);
		return "editorial/resource";
	}

	private void choices(Model model) {
		model.addAttribute("types", ResourceType.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("entryChoices", entries.entries(viewer.get()));
	}

	private Set<String> entrySlugs() {
		return entries.entries(viewer.get()).stream().map(GuideEditing.EntryOverview::slug).collect(Collectors.toSet());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
