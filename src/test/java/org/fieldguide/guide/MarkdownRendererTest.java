package org.fieldguide.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void fieldBoxBecomesALabelledAsideInTheTextsLanguage() {
		String html = renderer.render("> [!FIELD] Night arrivals\n> The desk stayed open.\n", Language.FR);
		assertThat(html).containsPattern("<aside [^>]*class=\"field-note\"").containsPattern("<aside [^>]*aria-label=\"Sur le terrain\"")
			.contains("<p class=\"field-note-label\">Sur le terrain</p>")
			.contains("<strong>Night arrivals</strong>")
			.contains("The desk stayed open.")
			.doesNotContain("[!FIELD]");
	}

	@Test
	void fieldBoxWithoutTitleKeepsItsText() {
		String html = renderer.render("> [!FIELD]\n>\n> Only text.\n", Language.EN);
		assertThat(html).contains("From the field").contains("<p>Only text.</p>").doesNotContain("field-note-title");
	}

	@Test
	void plainQuotesStayQuotes() {
		assertThat(renderer.render("> A quote\n", Language.EN)).contains("<blockquote>").doesNotContain("aside");
	}

	@Test
	void tablesChecklistsAndHeadingsRender() {
		String html = renderer.render("## Plan ahead\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] check\n- [x] done\n",
				Language.EN);
		assertThat(html).contains("<h2 id=\"plan-ahead\">")
			.contains("<div class=\"table-wrap\"><table>")
			.containsPattern("<li class=\"task-list-item\"> ?check</li>")
			.containsPattern("<li class=\"task-list-item checked\"> ?done</li>")
			.doesNotContain("<input");
	}

	@Test
	void arabicHeadingsKeepTheirAnchors() {
		assertThat(renderer.render("## لماذا يهمّ ذلك\n", Language.AR)).contains("<h2 id=\"لماذا-يهمّ-ذلك\">");
	}

	@Test
	void rawHtmlAndScriptsAreRemoved() {
		String html = renderer.render(
				"Hello <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) <b onclick=\"x()\">b</b>",
				Language.EN);
		assertThat(html).doesNotContain("<script", "onerror", "javascript:", "onclick", "<img");
		assertThat(html).contains("Hello");
	}

	@Test
	void linksOpenSafely() {
		assertThat(renderer.render("[site](https://example.org)", Language.EN)).contains("href=\"https://example.org\"")
			.contains("rel=\"noopener noreferrer\"");
	}

}
