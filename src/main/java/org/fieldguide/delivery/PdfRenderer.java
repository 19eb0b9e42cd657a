package org.fieldguide.delivery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a {@link PdfDocument} into PDF bytes: our own Thymeleaf template gives the HTML, jsoup makes it a
 * well-formed DOM in which links between entries of the same document become internal anchors and site
 * paths become absolute addresses, and openhtmltopdf lays it out with the embedded Noto fonts (Arabic
 * shaped and ordered right to left by ICU4J).
 */
@Component
class PdfRenderer {

	static final String TEMPLATE = "delivery/pdf/document";

	/** Families as the template's CSS names them, with their files under {@code delivery/fonts/}. */
	private static final Map<String, String[]> FONTS = Map.of("Noto Sans",
			new String[] { "NotoSans-Regular.ttf", "NotoSans-Bold.ttf" }, "Noto Naskh Arabic",
			new String[] { "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf" });

	private static final Pattern ENTRY_PATH = Pattern.compile("^/[a-z]{2}/toolkit/([a-z0-9-]+)/([a-z0-9-]+)/?$");

	private final ITemplateEngine templates;

	private final Map<String, byte[]> fontBytes = new java.util.HashMap<>();

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
		FONTS.values().forEach(files -> {
			for (String file : files) {
				byte[] bytes = read("delivery/fonts/" + file);
				fontBytes.put(file, file.startsWith("NotoSans-") ? withoutGsub(bytes) : bytes);
			}
		});
	}

	byte[] render(PdfDocument document) {
		Context context = new Context(document.language().locale(), Map.of("doc", document, "lang", document.language()));
		return render(templates.process(TEMPLATE, context), document.language(), document.siteUrl());
	}

	/** Lays out HTML made by any template (see {@link HtmlPdf}) with the same fonts, links and direction. */
	byte[] render(String page, org.fieldguide.platform.Language language, String siteUrl) {
		Document html = Jsoup.parse(page, siteUrl);
		rewriteLinks(html, siteUrl);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection("rtl".equals(language.dir()) ? TextDirection.RTL : TextDirection.LTR);
			FONTS.forEach((family, files) -> {
				byte[] regular = fontBytes.get(files[0]);
				byte[] bold = fontBytes.get(files[1]);
				builder.useFont(() -> new ByteArrayInputStream(regular), family, 400, FontStyle.NORMAL, true);
				builder.useFont(() -> new ByteArrayInputStream(bold), family, 700, FontStyle.NORMAL, true);
			});
			builder.withW3cDocument(new W3CDom().fromJsoup(html), siteUrl + "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Entry addresses of entries in this document become anchors, other site paths absolute addresses;
	 * heading ids inside each entry's body are prefixed so that they stay unique in a whole guide.
	 */
	static void rewriteLinks(Document html, String siteUrl) {
		Set<String> anchors = new HashSet<>();
		for (Element section : html.select("section.entry[id]")) {
			String anchor = section.id();
			anchors.add(anchor);
			for (Element withId : section.select(".entry-body [id]")) {
				withId.id(anchor + "--" + withId.id());
			}
			for (Element link : section.select(".entry-body a[href^=#]")) {
				link.attr("href", "#" + anchor + "--" + link.attr("href").substring(1));
			}
		}
		for (Element link : html.select("a[href]")) {
			String href = link.attr("href");
			String path = href.startsWith(siteUrl + "/") ? href.substring(siteUrl.length()) : href;
			Matcher entry = ENTRY_PATH.matcher(path);
			if (entry.matches() && anchors.contains(PdfDocument.anchor(entry.group(1), entry.group(2)))) {
				link.attr("href", "#" + PdfDocument.anchor(entry.group(1), entry.group(2)));
			}
			else if (path.startsWith("/") && !path.startsWith("//")) {
				link.attr("href", siteUrl + path);
			}
			if (link.attr("href").matches("(?i)^https?://.*") && link.closest(".entry-body") != null) {
				link.addClass("external");
			}
		}
		// pictures would be fetched over the network while the PDF is built: their text stands in for them
		for (Element image : html.select("img")) {
			image.replaceWith(new Element("span").text(image.attr("alt")));
		}
	}

	/**
	 * The Latin font without its glyph substitution table. PDFBox 3 applies Latin GSUB (ligatures such as
	 * "ffi") with regular expressions on every text run, which took most of the time of a whole guide,
	 * and the ligatures made copied and searched text worse. The table is renamed, so it is ignored and
	 * not embedded. Arabic is shaped by ICU4J before PDFBox, so the Arabic font keeps its tables.
	 */
	static byte[] withoutGsub(byte[] font) {
		int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
		for (int i = 0; i < tables; i++) {
			int at = 12 + 16 * i;
			if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
				font[at] = 'X';
			}
		}
		return font;
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing font " + path, ex);
		}
	}

}
