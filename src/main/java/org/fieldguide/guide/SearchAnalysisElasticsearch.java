package org.fieldguide.guide;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as {@link SearchAnalysis}, for an Elasticsearch or OpenSearch backend, built from
 * that engine's own tokenizers and filters. Referenced by
 * {@code hibernate.search.backend.analysis.configurer} when the backend type is {@code elasticsearch}.
 */
public class SearchAnalysisElasticsearch implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("fg_english_stop").type("stop").param("stopwords", "_english_");
		context.tokenFilter("fg_english_stem").type("stemmer").param("language", "english");
		context.tokenFilter("fg_english_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("fg_french_elision").type("elision").param("articles_case", true)
			.param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
		context.tokenFilter("fg_french_stop").type("stop").param("stopwords", "_french_");
		context.tokenFilter("fg_french_stem").type("stemmer").param("language", "light_french");
		context.tokenFilter("fg_spanish_stop").type("stop").param("stopwords", "_spanish_");
		context.tokenFilter("fg_spanish_stem").type("stemmer").param("language", "light_spanish");
		context.tokenFilter("fg_arabic_stop").type("stop").param("stopwords", "_arabic_");
		context.tokenFilter("fg_arabic_stem").type("stemmer").param("language", "arabic");
		context.tokenFilter("fg_edge").type("edge_ngram").param("min_gram", 2).param("max_gram", 20);

		context.analyzer("en").custom().tokenizer("standard")
			.tokenFilters("fg_english_possessive", "lowercase", "asciifolding", "fg_english_stop", "fg_english_stem");
		context.analyzer("fr").custom().tokenizer("standard")
			.tokenFilters("fg_french_elision", "lowercase", "fg_french_stop", "fg_french_stem", "asciifolding");
		context.analyzer("es").custom().tokenizer("standard")
			.tokenFilters("lowercase", "fg_spanish_stop", "fg_spanish_stem", "asciifolding");
		context.analyzer("ar").custom().tokenizer("standard")
			.tokenFilters("lowercase", "decimal_digit", "fg_arabic_stop", "arabic_normalization", "fg_arabic_stem");
		context.analyzer(SearchAnalysis.PLAIN).custom().tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "arabic_normalization");
		context.analyzer(SearchAnalysis.PREFIX).custom().tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "arabic_normalization", "fg_edge");
		context.normalizer("lower").custom().tokenFilters("lowercase", "asciifolding");
	}

}
