package org.fieldguide.search;

import java.util.Map;
import java.util.stream.Collectors;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideViews.CategoryCard;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
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

	SearchController(GuideSearch search, GuideReader guide, CurrentViewer viewer) {
		this.search = search;
		this.guide = guide;
		this.viewer = viewer;
	}

	@GetMapping("/{lang:[a-z]{2}}/search")
	String search(@PathVariable String lang, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String type, @RequestParam(name = "language", required = false) String fileLanguage,
			@RequestParam(required = false) String page, Model model, jakarta.servlet.http.HttpServletResponse response) {
		Language language = language(lang);
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
		model.addAttribute("languageNames", java.util.Arrays.stream(Language.values())
			.collect(Collectors.toMap(Language::code, Language::nativeName)));
		return "search/search";
	}

	@GetMapping("/{lang:[a-z]{2}}/search/suggest")
	String suggest(@PathVariable String lang, @RequestParam(required = false) String q, Model model) {
		Language language = language(lang);
		model.addAttribute("suggestions", search.suggest(q, language, viewer.get(), 6));
		return "search/suggestions :: list";
	}

	/** A page number as typed in the address: anything unusable is page 1, anything past the end the last page. */
	static int pageNumber(String raw) {
		if (raw == null || !raw.strip().matches("-?\\d{1,12}")) {
			return 1;
		}
		long value = Long.parseLong(raw.strip());
		return (int) Math.max(1, Math.min(value, GuideSearch.MAX_PAGE));
	}

	private static Language language(String code) {
		return Language.fromCode(code).orElseThrow(() -> new NotFoundException("No language " + code));
	}

}
