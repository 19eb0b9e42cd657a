package org.fieldguide.delivery;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fieldguide.platform.Language;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The search of an offline copy: a prebuilt index as a script that sets a global (browsers refuse to
 * fetch JSON from {@code file://}), matched by a small script in the browser, and a page that lists
 * every entry by category so that it is useful without JavaScript too. Words are folded the same way
 * here and in {@code offline-search.js}: decomposed, marks removed (accents, Arabic vowel signs and
 * hamza), lower case, split on anything that is not a letter or digit.
 */
final class OfflineSearch {

	/**
	 * One entry of the copy as the search sees it; {@code file} is its path from the copy's root,
	 * {@code fallback} the language of its text when that is not the copy's language, else {@code null}.
	 */
	record Searchable(String file, String title, String summary, String category, List<String> keyPoints,
			String bodyText, Language fallback) {
	}

	private OfflineSearch() {
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.toLowerCase(Locale.ROOT);
	}

	/** The distinct folded words of some texts, two letters or more, in order of first appearance. */
	static String words(String... texts) {
		Set<String> words = new LinkedHashSet<>();
		for (String text : texts) {
			for (String word : fold(text == null ? "" : text).split("[^\\p{L}\\p{N}]+")) {
				if (word.length() > 1) {
					words.add(word);
				}
			}
		}
		return String.join(" ", words);
	}

	/** {@code window.FIELDGUIDE_SEARCH = [...]}: per entry its link, title, summary, category and words. */
	static String indexScript(List<Searchable> entries) {
		StringBuilder js = new StringBuilder("window.FIELDGUIDE_SEARCH=[\n");
		for (Searchable e : entries) {
			String title = words(e.title());
			String rest = words(e.summary(), String.join(" ", e.keyPoints()), e.bodyText());
			js.append("{\"u\":").append(json(e.file()))
				.append(",\"t\":").append(json(e.title()))
				.append(",\"s\":").append(json(e.summary()))
				.append(",\"c\":").append(json(e.category()))
				.append(e.fallback() == null ? "" : ",\"l\":" + json(e.fallback().code()) + ",\"d\":" + json(e.fallback().dir()))
				.append(",\"tw\":").append(json(title))
				.append(",\"w\":").append(json(rest))
				.append("},\n");
		}
		return js.append("];\n").toString();
	}

	/** The search page: the form, a place for results and the list of all entries by category. */
	static Document page(Document shell, CopyTexts texts, List<Searchable> entries) {
		Document page = shell.clone();
		String suffix = page.title().contains(" · ") ? page.title().substring(page.title().lastIndexOf(" · ")) : "";
		page.title(texts.searchTitle() + suffix);
		page.select("header form[role=search]").remove();
		Element main = page.selectFirst("main");
		Element note = main.selectFirst(".offline-note");
		main.empty();
		if (note != null) {
			main.appendChild(note);
		}
		main.appendElement("h1").text(texts.searchTitle());
		main.appendElement("p").addClass("lead").text(texts.searchIntro());
		Element form = main.appendElement("form")
			.addClass("offline-search")
			.attr("id", "offline-search")
			.attr("role", "search")
			.attr("method", "get")
			.attr("action", "search.html");
		form.appendElement("label").attr("for", "offline-q").text(texts.searchLabel());
		form.appendElement("input").attr("id", "offline-q").attr("type", "search").attr("name", "q").attr("maxlength", "200");
		form.appendElement("button").attr("type", "submit").text(texts.searchButton());
		main.appendElement("div")
			.attr("id", "offline-results")
			.attr("aria-live", "polite")
			.attr("data-count", texts.resultsCount())
			.attr("data-none", texts.noResults());
		Element all = main.appendElement("section").attr("id", "offline-all").attr("aria-labelledby", "offline-all-heading");
		all.appendElement("h2").attr("id", "offline-all-heading").text(texts.allEntries());
		Map<String, List<Searchable>> byCategory = new LinkedHashMap<>();
		entries.forEach(e -> byCategory.computeIfAbsent(e.category(), k -> new ArrayList<>()).add(e));
		byCategory.forEach((category, list) -> {
			all.appendElement("h3").text(category);
			Element ul = all.appendElement("ul").addClass("link-list");
			list.forEach(e -> {
				Element link = ul.appendElement("li").appendElement("a").attr("href", e.file()).text(e.title());
				if (e.fallback() != null) {
					link.attr("lang", e.fallback().code()).attr("dir", e.fallback().dir());
				}
			});
		});
		page.body().appendElement("script").attr("src", CopyTexts.SEARCH_INDEX);
		page.body().appendElement("script").attr("src", CopyTexts.SEARCH_SCRIPT);
		return page;
	}

	static String json(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : (value == null ? "" : value).toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '<' -> out.append("\\u003c");
				case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
