package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fieldguide.FieldguideTest;
import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The relevance set ({@code src/test/resources/search/relevance.tsv}): queries a practitioner would type
 * — misspelt, in their language, synonyms, questions — each with the entry or resource that must be in
 * the first three results. Prints the top-1 and top-3 hit rates and the misses.
 */
@FieldguideTest
class SearchRelevanceTest {

	/** The share of queries whose expected item must be in the first three results. */
	static final double REQUIRED_TOP3 = 0.9;

	@Autowired
	GuideSearch search;

	record Case(Language language, String query, String expected, String kind) {
	}

	@Test
	void theExpectedItemIsInTheFirstThreeResults() throws IOException {
		List<Case> cases = cases();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
		int top1 = 0;
		int top3 = 0;
		List<String> misses = new ArrayList<>();
		for (Case c : cases) {
			List<String> found = search.search(new GuideSearch.Query(c.query(), c.language(), null, null, null, null, 1),
					Viewer.anonymous()).hits().stream().limit(3).map(h -> h.kind() + ":" + h.slug()).toList();
			if (!found.isEmpty() && found.get(0).equals(c.expected())) {
				top1++;
			}
			if (found.contains(c.expected())) {
				top3++;
			}
			else {
				misses.add(c.language().code() + " [" + c.kind() + "] " + c.query() + " → expected " + c.expected()
						+ ", got " + found);
			}
		}
		String report = String.format("relevance: %d queries, top-1 %.1f%%, top-3 %.1f%%", cases.size(),
				100.0 * top1 / cases.size(), 100.0 * top3 / cases.size());
		System.out.println(report);
		misses.forEach(m -> System.out.println("  miss: " + m));
		assertThat((double) top3 / cases.size()).as(report + "\n" + String.join("\n", misses))
			.isGreaterThanOrEqualTo(REQUIRED_TOP3);
	}

	static List<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/search/relevance.tsv")) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int i = 1; i < lines.length; i++) {
				if (lines[i].isBlank()) {
					continue;
				}
				String[] cells = lines[i].split("\t");
				cases.add(new Case(Language.fromCode(cells[0]).orElseThrow(), cells[1], cells[2], cells[3]));
			}
		}
		return cases;
	}

}
