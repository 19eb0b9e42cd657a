package org.fieldguide.training;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.delivery.HtmlPdf;
import org.fieldguide.platform.Language;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The training manual as PDF: the participant edition for anyone, the facilitator edition (with notes)
 * for trainers and staff. Answers 304 to a repeated request whose copy is still current.
 */
@Controller
class TrainingPdfController {

	private final ManualPdf pdf;

	private final CurrentViewer viewer;

	TrainingPdfController(ManualPdf pdf, CurrentViewer viewer) {
		this.pdf = pdf;
		this.viewer = viewer;
	}

	@GetMapping("/{lang:[a-z]{2}}/training/manual.pdf")
	ResponseEntity<byte[]> participant(@PathVariable String lang, WebRequest request) {
		return answer(false, Language.ofPage(lang), request);
	}

	@GetMapping("/{lang:[a-z]{2}}/training/manual-facilitator.pdf")
	ResponseEntity<byte[]> facilitator(@PathVariable String lang, WebRequest request) {
		return answer(true, Language.ofPage(lang), request);
	}

	private ResponseEntity<byte[]> answer(boolean facilitator, Language language, WebRequest request) {
		HtmlPdf.Pdf built = pdf.edition(facilitator, language, viewer.get());
		if (request.checkNotModified(built.etag(), built.lastModified().toEpochMilli())) {
			return null;
		}
		String name = "fieldguide-training-" + language.code() + (facilitator ? "-facilitator" : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(built.bytes());
	}

}
