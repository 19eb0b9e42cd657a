package org.fieldguide.guide;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * One analyzer per guide language (stemming, stop words, accent and case folding, Arabic
 * normalisation), a plain one for typo-tolerant matching of whole words, and an edge n-gram one for
 * suggestions while typing. Referenced by {@code hibernate.search.backend.analysis.configurer}.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	static final String PLAIN = "plain";

	static final String PREFIX = "prefix";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("en").custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("stop").param("words", "org/apache/lucene/analysis/snowball/english_stop.txt")
			.param("format", "snowball")
			.tokenFilter("porterStem");
		context.analyzer("fr").custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.tokenFilter("lowercase")
			.tokenFilter("stop").param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
			.param("format", "snowball")
			.tokenFilter("frenchLightStem")
			.tokenFilter("asciiFolding");
		context.analyzer("es").custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("stop").param("words", "org/apache/lucene/analysis/snowball/spanish_stop.txt")
			.param("format", "snowball")
			.tokenFilter("spanishLightStem")
			.tokenFilter("asciiFolding");
		context.analyzer("ar").custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("decimalDigit")
			.tokenFilter("stop").param("words", "org/apache/lucene/analysis/ar/stopwords.txt")
			.tokenFilter("arabicNormalization")
			.tokenFilter("arabicStem");
		context.analyzer(PLAIN).custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("arabicNormalization");
		context.analyzer(PREFIX).custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("arabicNormalization")
			.tokenFilter("edgeNGram").param("minGramSize", "2").param("maxGramSize", "20");
		context.normalizer("lower").custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
