package org.fieldguide.delivery;

import org.fieldguide.platform.Language;
import org.springframework.stereotype.Component;

/**
 * Other modules' documents (training certificates and reports) as PDF, through the guide's PDF pipeline:
 * the same embedded Noto fonts, Arabic shaping and right-to-left layout. The caller gives finished HTML
 * (no scripts; pictures are replaced by their text, as in guide PDFs).
 */
@Component
public class HtmlPdf {

	private final PdfRenderer renderer;

	HtmlPdf(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	/** @param siteUrl the site's address, against which relative links are resolved */
	public byte[] render(String html, Language language, String siteUrl) {
		return renderer.renderHtml(html, language, siteUrl);
	}

}
