package org.fieldguide.delivery;

import java.time.Instant;
import java.util.function.Supplier;

import org.fieldguide.platform.FieldguideProperties;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The guide's PDF pipeline for other modules (the training manual): HTML from their own template laid
 * out with the same embedded fonts, Arabic shaping and right-to-left order, site paths made absolute;
 * and the same cache, kept until the guide's content changes.
 */
@Component
public class HtmlPdf {

	/** @param etag a strong validator: a hash of the bytes */
	public record Pdf(byte[] bytes, String etag, Instant lastModified) {
	}

	private final PdfRenderer renderer;

	private final PdfCache cache;

	private final FieldguideProperties properties;

	HtmlPdf(PdfRenderer renderer, PdfCache cache, FieldguideProperties properties) {
		this.renderer = renderer;
		this.cache = cache;
		this.properties = properties;
	}

	/**
	 * The PDF of a whole HTML document (with its own print CSS in a {@code <style>}; the fonts are "Noto
	 * Sans" and "Noto Naskh Arabic").
	 */
	public byte[] render(String html, Language language, String siteUrl) {
		return renderer.render(html, language, siteUrl);
	}

	/**
	 * The cached PDF for {@code what} ("training:participant" …), or one made now from {@code html}.
	 * Everyone in one reading class shares a copy, so {@code restricted} must be true whenever the
	 * document holds anything an anonymous reader may not see.
	 */
	public Pdf cached(String what, Language language, boolean restricted, String siteUrl, Supplier<String> html) {
		PdfCache.Built built = cache.get(what, language, restricted, siteUrl, () -> render(html.get(), language, siteUrl));
		return new Pdf(built.bytes(), built.etag(), built.lastModified());
	}

	/** The configured public address (required in prod), else the address the current request came in on. */
	public String siteUrl() {
		return properties.publicUrl() != null ? properties.publicUrl()
				: ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
