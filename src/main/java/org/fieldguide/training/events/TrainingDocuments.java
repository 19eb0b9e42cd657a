package org.fieldguide.training.events;

import java.util.Map;

import org.fieldguide.delivery.HtmlPdf;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Certificates and event reports as PDF: our own templates, through the delivery module's PDF pipeline. */
@Component
class TrainingDocuments {

	private final ITemplateEngine templates;

	private final HtmlPdf pdf;

	TrainingDocuments(ITemplateEngine templates, HtmlPdf pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	/** @param model what the template reads, besides {@code lang} and {@code siteUrl} */
	byte[] render(String template, Map<String, Object> model, Language language, String siteUrl) {
		Map<String, Object> variables = new java.util.HashMap<>(model);
		variables.put("lang", language);
		variables.put("siteUrl", siteUrl);
		String html = templates.process("training/events/pdf/" + template, new Context(language.locale(), variables));
		return pdf.render(html, language, siteUrl);
	}

}
