package org.fieldguide.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideViews.CategoryCard;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /{lang}/search?q=…}: results with snippets and facets that narrow them; a plain GET form, so it
 * works without JavaScript. {@code /{lang}/search/suggest?q=…} returns the suggestion list fragment that
 * htmx swaps in while the reader types.
 */
@Controller
class SearchController {

	private final GuideSearch search;

	private final GuideReader guide;

	private final CurrentViewer viewer;

	private final org.springframework.context.MessageSource messages;

	SearchController(GuideSearch search, GuideReader guide, CurrentViewer viewer,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.search = search;
		this.guide = guide;
		this.viewer = viewer;
	}

	@GetMapping("/{lang:[a-z]{2}}/search")
	String search(@PathVariable String lang, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String type, @RequestParam(name = "language", required = false) String fileLanguage,
			@RequestParam(required = false) String page, Model model, jakarta.servlet.http.HttpServletResponse response) {
		Language language = Language.ofPage(lang);
		Map<String, CategoryCard> categories = guide.categories(language, viewer.get())
			.stream()
			.collect(Collectors.toMap(CategoryCard::slug, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
		GuideSearch.Query query = new GuideSearch.Query(q, language,
				categories.containsKey(category) ? category : null, GuideSearch.PHASE.apply(phase),
				GuideSearch.TYPE.apply(type), GuideSearch.LANGUAGE.apply(fileLanguage), pageNumber(page));
		model.addAttribute("q", query.text());
		model.addAttribute("query", query);
		GuideSearch.Results results = search.search(query, viewer.get());
		if (results.unavailable()) {
			response.setStatus(503);
		}
		model.addAttribute("results", results);
		model.addAttribute("categoryTitles", categories);
		model.addAttribute("facetGroups", facetGroups(results, query, categories, messages, language));
		return "search/search";
	}

	@GetMapping("/{lang:[a-z]{2}}/search/suggest")
	String suggest(@PathVariable String lang, @RequestParam(required = false) String q, Model model) {
		Language language = Language.ofPage(lang);
		model.addAttribute("suggestions", search.suggest(q, language, viewer.get(), 6));
		return "search/suggestions :: list";
	}

	/** One facet value as the page shows it: its label, count, and the addresses that add or remove it. */
	record FacetLink(String label, long count, boolean selected, String href) {
	}

	record FacetGroup(String key, List<FacetLink> values) {
	}

	/**
	 * Facet labels and links prepared here rather than in the template: measured, building them with
	 * template expressions was a quarter of a search page's time on a large guide.
	 */
	static List<FacetGroup> facetGroups(GuideSearch.Results results, GuideSearch.Query query,
			Map<String, CategoryCard> categories, org.springframework.context.MessageSource messages, Language language) {
		java.util.Locale locale = language.locale();
		List<FacetGroup> groups = new java.util.ArrayList<>();
		for (var facet : results.facets().entrySet()) {
			if (facet.getValue().isEmpty()) {
				continue;
			}
			String key = facet.getKey();
			List<FacetLink> links = new java.util.ArrayList<>();
			for (GuideSearch.FacetValue v : facet.getValue()) {
				String label = switch (key) {
					case "category" -> categories.containsKey(v.value()) ? categories.get(v.value()).title() : v.value();
					case "phase" -> messages.getMessage("phase." + v.value(), null, v.value(), locale);
					case "type" -> messages.getMessage("resource.type." + v.value(), null, v.value(), locale);
					default -> Language.fromCode(v.value()).map(Language::nativeName).orElse(v.value());
				};
				String value = v.selected() ? null : v.value();
				var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/" + language.code() + "/search")
					.queryParam("q", query.text());
				addParam(uri, "category", key.equals("category") ? value : query.category());
				addParam(uri, "phase", key.equals("phase") ? value : query.phase());
				addParam(uri, "type", key.equals("type") ? value : query.type());
				addParam(uri, "language", key.equals("language") ? value : query.fileLanguage());
				links.add(new FacetLink(label, v.count(), v.selected(), uri.encode().build().toUriString()));
			}
			groups.add(new FacetGroup(key, links));
		}
		return groups;
	}

	private static void addParam(org.springframework.web.util.UriComponentsBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	/** A page number as typed in the address: anything unusable is page 1, anything past the end the last page. */
	static int pageNumber(String raw) {
		if (raw == null || !raw.strip().matches("-?\\d{1,12}")) {
			return 1;
		}
		long value = Long.parseLong(raw.strip());
		return (int) Math.max(1, Math.min(value, GuideSearch.MAX_PAGE));
	}


}
