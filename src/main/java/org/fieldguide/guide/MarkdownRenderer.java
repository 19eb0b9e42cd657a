package org.fieldguide.guide;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Component;

/**
 * Renders an entry's Markdown to HTML that is safe to show as it is: CommonMark with tables, task
 * lists, heading anchors and "from the field" boxes, then an allow-list sanitiser. It runs when a
 * translation is saved, never when a page is read.
 */
@Component
public class MarkdownRenderer {

	static final String FIELD_MARKER = "[!FIELD]";

	private static final Map<Language, String> FIELD_LABEL = Map.of(Language.EN, "From the field", Language.FR,
			"Sur le terrain", Language.ES, "Desde el terreno", Language.AR, "من الميدان");

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
			TaskListItemsExtension.create(), HeadingAnchorExtension.create());

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder().allowCommonBlockElements()
		.allowCommonInlineFormattingElements()
		.allowElements("a", "aside", "code", "pre", "hr", "br", "blockquote", "table", "thead", "tbody",
				"tr", "th", "td", "dl", "dt", "dd")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("noopener", "noreferrer")
		.allowAttributes("class")
		.matching(Pattern.compile("field-note|field-note-label|field-note-title|task-list-item|task-list-item checked"))
		.onElements("aside", "p", "li")
		.allowAttributes("aria-label")
		.onElements("aside")
		.allowAttributes("id")
		.matching(Pattern.compile("[\\p{L}\\p{M}\\p{N}-]{1,100}"))
		.onElements("h2", "h3", "h4", "h5", "h6")
		.allowAttributes("align")
		.matching(Pattern.compile("left|right|center"))
		.onElements("th", "td")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	/** Renders Markdown written in {@code language}; the box label is in the same language. */
	public String render(String markdown, Language language) {
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.nodeRendererFactory(context -> new FieldNoteRenderer(context, FIELD_LABEL.get(language)))
			.nodeRendererFactory(context -> new ChecklistMarkerRenderer())
			.attributeProviderFactory(context -> MarkdownRenderer::markTaskItems)
			.build();
		String html = POLICY.sanitize(renderer.render(parser.parse(markdown)));
		// wide tables scroll inside their own box on a phone instead of widening the page
		return html.replace("<table>", "<div class=\"table-wrap\"><table>").replace("</table>", "</table></div>");
	}

	/**
	 * Checklist items get a class, and the stylesheet draws their box: a checklist in a guide is
	 * something to print or copy, and disabled form controls would be unlabelled inputs to a screen
	 * reader.
	 */
	private static void markTaskItems(Node node, String tagName, Map<String, String> attributes) {
		if (node instanceof ListItem item) {
			Node first = item.getFirstChild();
			Node marker = first instanceof TaskListItemMarker ? first : first != null ? first.getFirstChild() : null;
			if (marker instanceof TaskListItemMarker m) {
				attributes.put("class", m.isChecked() ? "task-list-item checked" : "task-list-item");
			}
		}
	}

	/** Renders nothing for the {@code [ ]} marker: the item's class carries it. */
	private static final class ChecklistMarkerRenderer implements NodeRenderer {

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(TaskListItemMarker.class);
		}

		@Override
		public void render(Node node) {
			// the box is drawn by the stylesheet from the list item's class
		}

	}

	/** A block quote that starts with {@code [!FIELD]} becomes a labelled aside. */
	private static final class FieldNoteRenderer implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		private final HtmlWriter html;

		private final String label;

		FieldNoteRenderer(HtmlNodeRendererContext context, String label) {
			this.context = context;
			this.html = context.getWriter();
			this.label = label;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(BlockQuote.class);
		}

		@Override
		public void render(Node node) {
			Text marker = marker(node);
			if (marker == null) {
				html.line();
				html.tag("blockquote");
				renderChildren(node);
				html.tag("/blockquote");
				html.line();
				return;
			}
			String title = marker.getLiteral().substring(FIELD_MARKER.length()).strip();
			Node firstParagraph = node.getFirstChild();
			html.line();
			html.tag("aside", Map.of("class", "field-note", "aria-label", label));
			html.tag("p", Map.of("class", "field-note-label"));
			html.text(label);
			html.tag("/p");
			if (!title.isEmpty()) {
				html.tag("p", Map.of("class", "field-note-title"));
				html.tag("strong");
				html.text(title);
				html.tag("/strong");
				html.tag("/p");
			}
			marker.unlink();
			// the marker line may be followed by more text in the same paragraph (no blank line)
			Node rest = firstParagraph.getFirstChild();
			while (rest != null && !(rest instanceof Text t && !t.getLiteral().isBlank())
					&& !(rest instanceof org.commonmark.node.Emphasis) && !(rest instanceof org.commonmark.node.StrongEmphasis)
					&& !(rest instanceof org.commonmark.node.Code) && !(rest instanceof org.commonmark.node.Link)) {
				Node next = rest.getNext();
				rest.unlink();
				rest = next;
			}
			if (firstParagraph.getFirstChild() == null) {
				firstParagraph.unlink();
			}
			renderChildren(node);
			html.tag("/aside");
			html.line();
		}

		private static Text marker(Node node) {
			if (node.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t
					&& t.getLiteral().startsWith(FIELD_MARKER)) {
				return t;
			}
			return null;
		}

		private void renderChildren(Node parent) {
			Node child = parent.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				context.render(child);
				child = next;
			}
		}

	}

}
