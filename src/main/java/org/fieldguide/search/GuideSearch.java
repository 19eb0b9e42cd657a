package org.fieldguide.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.fieldguide.access.Viewer;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.guide.Phase;
import org.fieldguide.guide.ResourceType;
import org.fieldguide.guide.SearchIndex;
import org.fieldguide.platform.Language;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a search in one language for one viewer: entries and resources together, ranked with titles
 * above summaries above bodies, typo-tolerant, with highlighted snippets and facet counts. What the
 * viewer may not read is excluded by a filter inside the query, so hits, snippets, counts and
 * suggestions never include it. When nothing matches in the reader's language, the texts of the other
 * languages are searched and the page says so.
 */
@Service
@Transactional(readOnly = true)
public class GuideSearch {

	public static final int PAGE_SIZE = 10;

	/** Pages beyond this are not served: nobody reads them, and deep paging is costly. */
	public static final int MAX_PAGE = 100;

	static final int MAX_QUERY_LENGTH = 300;

	/** Tuned on the relevance set: without it, short resource titles outrank the entries that explain them. */
	static final float ENTRY_BOOST = 3f;

	static final float BODY_BOOST = 1.5f;

	private static final String OPEN = "\u0002";

	private static final String CLOSE = "\u0003";

	private static final List<String> ENTITIES = List.of("Entry", "Resource");

	private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("category");

	private static final AggregationKey<Map<String, Long>> PHASES = AggregationKey.of("phase");

	private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("type");

	private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("language");

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GuideSearch.class);

	private final EntityManager entityManager;

	private final VisibilityPolicy policy;

	private final SearchIndexState index;

	GuideSearch(EntityManager entityManager, VisibilityPolicy policy, SearchIndexState index) {
		this.entityManager = entityManager;
		this.policy = policy;
		this.index = index;
	}

	/** A search as the page and the API ask it; facet values that are not known are ignored. */
	public record Query(String text, Language language, String category, String phase, String type,
			String fileLanguage, int page) {

		public Query {
			text = clean(text);
			page = Math.max(1, Math.min(page, MAX_PAGE));
		}

		public boolean isEmpty() {
			return text.isEmpty();
		}

		static String clean(String raw) {
			if (raw == null) {
				return "";
			}
			String text = raw.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
			return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH).strip() : text;
		}

	}

	/**
	 * One hit.
	 *
	 * @param snippetHtml escaped text with the matched words in {@code <mark>}
	 * @param textLanguage the language the title and snippet are in
	 */
	public record Hit(String kind, String slug, String category, String title, String snippetHtml,
			List<String> phases, String type, Language textLanguage, String href) {
	}

	public record FacetValue(String value, long count, boolean selected) {
	}

	/**
	 * @param otherLanguages nothing matched in the reader's language, these are from the others
	 * @param rebuilding the index is being rebuilt: results may be incomplete
	 */
	public record Results(Query query, List<Hit> hits, long total, int pageCount, Map<String, List<FacetValue>> facets,
			boolean otherLanguages, boolean rebuilding, boolean unavailable) {

		public boolean hasNext() {
			return query.page() < pageCount;
		}

	}

	public Results search(Query query, Viewer viewer) {
		if (query.isEmpty()) {
			return new Results(query, List.of(), 0, 0, Map.of(), false, index.rebuilding(), false);
		}
		try {
			return searchIndex(query, viewer);
		}
		catch (org.hibernate.search.util.common.SearchException unreachable) {
			log.warn("Search failed: {}", unreachable.getMessage());
			return new Results(query, List.of(), 0, 0, Map.of(), false, index.rebuilding(), true);
		}
	}

	private Results searchIndex(Query query, Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		SearchResult<List<?>> result = run(query, staff, List.of(query.language()));
		boolean others = false;
		if (result.total().hitCount() == 0) {
			List<Language> all = List.of(Language.values());
			SearchResult<List<?>> wider = run(query, staff, all);
			if (wider.total().hitCount() > 0) {
				result = wider;
				others = true;
			}
		}
		long total = result.total().hitCount();
		int pageCount = (int) Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		List<Hit> hits = result.hits().stream().map(row -> hit(row, query.language())).toList();
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		facets.put("category", facet(result.aggregation(CATEGORIES), query.category()));
		facets.put("phase", facet(result.aggregation(PHASES), query.phase()));
		facets.put("type", facet(result.aggregation(TYPES), query.type()));
		facets.put("language", facet(result.aggregation(LANGUAGES), query.fileLanguage()));
		return new Results(query, hits, total, pageCount, facets, others, index.rebuilding(), false);
	}

	/** Titles that start with what was typed, for suggestions while typing: readable items only. */
	public List<Hit> suggest(String typed, Language language, Viewer viewer, int limit) {
		String text = Query.clean(typed);
		if (text.length() < 2) {
			return List.of();
		}
		try {
			return suggestions(text, language, viewer, limit);
		}
		catch (org.hibernate.search.util.common.SearchException unreachable) {
			return List.of();
		}
	}

	private List<Hit> suggestions(String text, Language language, Viewer viewer, int limit) {
		boolean staff = policy.mayReadStaff(viewer);
		SearchSession session = Search.session(entityManager);
		SearchScope<Object> scope = session.scope(Object.class, ENTITIES);
		return session.search(scope)
			.select(f -> projection(f, language))
			.where(f -> visible(f, staff, f.bool()
				.must(f.bool()
					.should(f.match().field(SearchIndex.prefix(language)).matching(text).boost(2f))
					.should(f.match().field(SearchIndex.title(language)).matching(text)))
				.should(f.match().field(SearchIndex.KIND).matching(SearchIndex.ENTRY).boost(ENTRY_BOOST))
				.toPredicate()))
			.fetchHits(limit)
			.stream()
			.map(row -> hit(row, language))
			.toList();
	}

	private SearchResult<List<?>> run(Query query, boolean staff, List<Language> languages) {
		SearchSession session = Search.session(entityManager);
		SearchScope<Object> scope = session.scope(Object.class, ENTITIES);
		Language shown = query.language();
		return session.search(scope)
			.select(f -> projection(f, shown))
			.where(f -> {
				var matches = f.bool();
				for (Language language : languages) {
					matches.should(f.match()
						.field(SearchIndex.title(language)).boost(6f)
						.field(SearchIndex.summary(language)).boost(2f)
						.field(SearchIndex.body(language)).boost(BODY_BOOST)
						.matching(query.text()));
					matches.should(f.match().field(SearchIndex.words(language)).matching(query.text()).fuzzy(1, 2).boost(0.4f));
				}
				// guidance first when an entry and one of its tools match about as well: the entry leads to the tool
				var all = f.bool().must(matches).should(f.match().field(SearchIndex.KIND).matching(SearchIndex.ENTRY).boost(ENTRY_BOOST));
				if (query.category() != null) {
					all.filter(f.match().field(SearchIndex.CATEGORY).matching(query.category()));
				}
				if (query.phase() != null) {
					all.filter(f.match().field(SearchIndex.PHASES).matching(query.phase()));
				}
				if (query.type() != null) {
					all.filter(f.match().field(SearchIndex.TYPE).matching(query.type()));
				}
				if (query.fileLanguage() != null) {
					all.filter(f.match().field(SearchIndex.LANGUAGES).matching(query.fileLanguage()));
				}
				return visible(f, staff, all.toPredicate());
			})
			.highlighter(f -> f.plain().tag(OPEN, CLOSE).fragmentSize(180).numberOfFragments(1))
			.aggregation(CATEGORIES, f -> f.terms().field(SearchIndex.CATEGORY, String.class).maxTermCount(50))
			.aggregation(PHASES, f -> f.terms().field(SearchIndex.PHASES, String.class))
			.aggregation(TYPES, f -> f.terms().field(SearchIndex.TYPE, String.class))
			.aggregation(LANGUAGES, f -> f.terms().field(SearchIndex.LANGUAGES, String.class))
			.fetch((query.page() - 1) * PAGE_SIZE, PAGE_SIZE);
	}

	/** The visibility policy inside the query: staff-only documents match only for viewers who may read them. */
	private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep visible(SearchPredicateFactory f,
			boolean staff, SearchPredicate predicate) {
		var clauses = f.bool().must(predicate);
		if (!staff) {
			clauses.filter(f.match().field(SearchIndex.STAFF).matching(false));
		}
		return clauses;
	}

	private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<List<?>> projection(
			org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f, Language language) {
		return f.composite()
			.from(f.field(SearchIndex.KIND, String.class), f.field(SearchIndex.SLUG, String.class),
					f.field(SearchIndex.CATEGORY, String.class).list(), f.field(SearchIndex.title(language), String.class),
					f.field(SearchIndex.textLanguage(language), String.class),
					f.field(SearchIndex.summary(language), String.class),
					f.field(SearchIndex.PHASES, String.class).list(), f.field(SearchIndex.TYPE, String.class),
					f.field(SearchIndex.file(language), String.class), f.highlight(SearchIndex.summary(language)),
					f.highlight(SearchIndex.body(language)), f.highlight(SearchIndex.title(language)))
			.asList();
	}

	@SuppressWarnings("unchecked")
	private static Hit hit(List<?> row, Language language) {
		String kind = (String) row.get(0);
		String slug = (String) row.get(1);
		List<String> categories = (List<String>) row.get(2);
		String title = (String) row.get(3);
		Language textLanguage = Language.fromCode((String) row.get(4)).orElse(Language.SOURCE);
		String summary = (String) row.get(5);
		List<String> phases = (List<String>) row.get(6);
		String type = (String) row.get(7);
		String file = (String) row.get(8);
		List<String> summaryHighlights = (List<String>) row.get(9);
		List<String> bodyHighlights = (List<String>) row.get(10);
		String snippet = !summaryHighlights.isEmpty() ? summaryHighlights.get(0)
				: !bodyHighlights.isEmpty() ? "… " + bodyHighlights.get(0) + " …" : summary == null ? "" : summary;
		String category = categories.isEmpty() ? null : categories.get(0);
		String href = SearchIndex.ENTRY.equals(kind) ? "/" + language.code() + "/toolkit/" + category + "/" + slug
				: file != null ? "/files/" + slug + "/" + file : "/" + language.code() + "/resources";
		return new Hit(kind, slug, category, title, marked(snippet), phases, type, textLanguage, href);
	}

	/** Escapes the snippet, then turns the highlighter's markers into {@code <mark>}. */
	static String marked(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8").replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
	}

	private static List<FacetValue> facet(Map<String, Long> counts, String selected) {
		List<FacetValue> values = new ArrayList<>();
		counts.forEach((value, count) -> values.add(new FacetValue(value, count, value.equals(selected))));
		return values;
	}

	/** Known facet values, to ignore anything else a link or a person typed. */
	static String known(String value, Set<String> allowed) {
		return value != null && allowed.contains(value) ? value : null;
	}

	static final Function<String, String> PHASE = v -> known(v,
			java.util.Arrays.stream(Phase.values()).map(Phase::slug).collect(java.util.stream.Collectors.toSet()));

	static final Function<String, String> TYPE = v -> known(v,
			java.util.Arrays.stream(ResourceType.values()).map(ResourceType::slug).collect(java.util.stream.Collectors.toSet()));

	static final Function<String, String> LANGUAGE = v -> Language.fromCode(v == null ? "" : v).map(Language::code).orElse(null);

}
