package org.fieldguide.delivery;

import java.util.function.Supplier;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.Viewer;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.platform.Language;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * PDFs of an entry, a category and the whole guide, in the address's language, holding what the
 * request's viewer may read. The patterns end in {@code .pdf}, which makes them more specific than the
 * reader's page patterns, so the pages keep their addresses. Answers 304 to a repeated request whose
 * copy is still current.
 */
@Controller
class PdfController {

	private static final String SLUG = "[a-z0-9][a-z0-9-]*";

	private final GuidePdf pdf;

	private final PdfCache cache;

	private final CurrentViewer viewer;

	private final VisibilityPolicy policy;

	private final org.fieldguide.platform.FieldguideProperties properties;

	PdfController(GuidePdf pdf, PdfCache cache, CurrentViewer viewer, VisibilityPolicy policy,
			org.fieldguide.platform.FieldguideProperties properties) {
		this.properties = properties;
		this.pdf = pdf;
		this.cache = cache;
		this.viewer = viewer;
		this.policy = policy;
	}

	@GetMapping("/{lang:[a-z]{2}}/toolkit/{category:" + SLUG + "}/{entry:" + SLUG + "}.pdf")
	ResponseEntity<byte[]> entry(@PathVariable String lang, @PathVariable String category, @PathVariable String entry,
			WebRequest request) {
		Language language = Language.ofPage(lang);
		Viewer who = viewer.get();
		String site = siteUrl();
		return answer(request, "entry:" + category + "/" + entry, language, who, site,
				"fieldguide-" + language.code() + "-" + category + "-" + entry + ".pdf",
				() -> pdf.entry(category, entry, language, who, site));
	}

	@GetMapping("/{lang:[a-z]{2}}/toolkit/{category:" + SLUG + "}.pdf")
	ResponseEntity<byte[]> category(@PathVariable String lang, @PathVariable String category, WebRequest request) {
		Language language = Language.ofPage(lang);
		Viewer who = viewer.get();
		String site = siteUrl();
		return answer(request, "category:" + category, language, who, site,
				"fieldguide-" + language.code() + "-" + category + ".pdf",
				() -> pdf.category(category, language, who, site));
	}

	@GetMapping("/{lang:[a-z]{2}}/guide.pdf")
	ResponseEntity<byte[]> guide(@PathVariable String lang, WebRequest request) {
		Language language = Language.ofPage(lang);
		Viewer who = viewer.get();
		String site = siteUrl();
		return answer(request, "guide", language, who, site, "fieldguide-" + language.code() + ".pdf",
				() -> pdf.guide(language, who, site));
	}

	private ResponseEntity<byte[]> answer(WebRequest request, String what, Language language, Viewer who, String site,
			String fileName, Supplier<byte[]> build) {
		PdfCache.Built built = cache.get(what, language, policy.mayReadStaff(who), site, build);
		if (request.checkNotModified(built.etag(), built.lastModified().toEpochMilli())) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(built.bytes());
	}

	/** The configured public address (required in prod), else the address this request came in on. */
	private String siteUrl() {
		return properties.publicUrl() != null ? properties.publicUrl()
				: ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
