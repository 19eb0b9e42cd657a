package org.fieldguide.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideViews.CategoryCard;
import org.fieldguide.guide.Phase;
import org.fieldguide.guide.ResourceType;
import org.fieldguide.platform.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search}: the search page's results and facets as JSON, for the same viewer and
 * through the same visibility filter; described in {@code /api/v1/openapi.json}. Unlike the page, which
 * forgives, the API answers invalid parameters with 400 and an RFC 9457 problem saying which and why.
 */
@RestController
class SearchApi {

	private final GuideSearch search;

	private final GuideReader guide;

	private final CurrentViewer viewer;

	SearchApi(GuideSearch search, GuideReader guide, CurrentViewer viewer) {
		this.search = search;
		this.guide = guide;
		this.viewer = viewer;
	}

	/** One hit as the API returns it; {@code url} is relative to this site. */
	record ApiHit(String kind, String slug, String category, String title, String snippetHtml, List<String> phases,
			String type, String textLanguage, String url) {
	}

	record ApiResults(String query, String lang, int page, int pageSize, long total, int pageCount,
			boolean otherLanguages, boolean rebuilding, List<ApiHit> hits,
			Map<String, List<GuideSearch.FacetValue>> facets) {
	}

	@GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String category, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String type, @RequestParam(name = "language", required = false) String fileLanguage,
			@RequestParam(required = false) String page) {
		String text = GuideSearch.Query.clean(q);
		if (text.isEmpty()) {
			return problem("q", "is required: the words to search for");
		}
		Language language = Language.fromCode(lang == null ? "en" : lang).orElse(null);
		if (language == null) {
			return problem("lang", "must be one of " + codes());
		}
		int pageNumber;
		try {
			pageNumber = page == null ? 1 : Integer.parseInt(page.strip());
		}
		catch (NumberFormatException notANumber) {
			pageNumber = -1;
		}
		if (pageNumber < 1 || pageNumber > GuideSearch.MAX_PAGE) {
			return problem("page", "must be a whole number from 1 to " + GuideSearch.MAX_PAGE);
		}
		List<String> categories = guide.categories(language, viewer.get()).stream().map(CategoryCard::slug).toList();
		if (category != null && !categories.contains(category)) {
			return problem("category", "must be one of " + String.join(", ", categories));
		}
		if (phase != null && GuideSearch.PHASE.apply(phase) == null) {
			return problem("phase", "must be one of "
					+ Arrays.stream(Phase.values()).map(Phase::slug).collect(Collectors.joining(", ")));
		}
		if (type != null && GuideSearch.TYPE.apply(type) == null) {
			return problem("type", "must be one of "
					+ Arrays.stream(ResourceType.values()).map(ResourceType::slug).collect(Collectors.joining(", ")));
		}
		if (fileLanguage != null && GuideSearch.LANGUAGE.apply(fileLanguage) == null) {
			return problem("language", "must be one of " + codes());
		}
		GuideSearch.Results results = search.search(
				new GuideSearch.Query(text, language, category, phase, type, fileLanguage, pageNumber), viewer.get());
		if (results.unavailable()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The search index cannot be reached right now; try again in a moment");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		List<ApiHit> hits = results.hits()
			.stream()
			.map(h -> new ApiHit(h.kind(), h.slug(), h.category(), h.title(), h.snippetHtml(), h.phases(), h.type(),
					h.textLanguage().code(), h.href()))
			.toList();
		return ResponseEntity.ok(new ApiResults(text, language.code(), pageNumber, GuideSearch.PAGE_SIZE,
				results.total(), results.pageCount(), results.otherLanguages(), results.rebuilding(), hits,
				results.facets()));
	}

	@GetMapping(path = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> openApi() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/api/openapi.json")) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(in.readAllBytes());
		}
	}

	private static ResponseEntity<ProblemDetail> problem(String parameter, String why) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + " " + why);
		problem.setTitle("Invalid parameter");
		problem.setProperty("parameter", parameter);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String codes() {
		return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
	}

}
