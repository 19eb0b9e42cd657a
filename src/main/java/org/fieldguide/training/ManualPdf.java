package org.fieldguide.training;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fieldguide.access.Viewer;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.delivery.HtmlPdf;
import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualViews.ModulePage;
import org.fieldguide.training.ManualViews.SessionPage;
import org.fieldguide.training.TrainingManual.ModuleOutline;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The whole training manual as one PDF, through the guide's PDF pipeline ({@link HtmlPdf}): the
 * participant edition without facilitator notes for anyone, the facilitator edition with them for
 * viewers who may read notes. Both list only the guide entries the viewer may read, and are cached per
 * reading class until content changes.
 */
@Service
class ManualPdf {

	/** One module with its sessions, as the PDF shows it. */
	record Chapter(ModulePage module, List<SessionPage> sessions) {
	}

	/** @param pageLabel "Page {0} of {1}" split around the two numbers */
	record Document(String title, boolean facilitator, Language language, String siteUrl, String documentUrl,
			String builtOn, List<Chapter> chapters, List<String> pageLabel) {
	}

	private final TrainingManual manual;

	private final ManualPages pages;

	private final HtmlPdf pdf;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final VisibilityPolicy policy;

	ManualPdf(TrainingManual manual, ManualPages pages, HtmlPdf pdf, ITemplateEngine templates, MessageSource messages,
			VisibilityPolicy policy) {
		this.manual = manual;
		this.pages = pages;
		this.pdf = pdf;
		this.templates = templates;
		this.messages = messages;
		this.policy = policy;
	}

	/**
	 * The edition for this viewer. The facilitator edition is refused with {@link AccessDeniedException}:
	 * an anonymous reader is sent to sign in, a signed-in reader without a role gets 403.
	 */
	HtmlPdf.Pdf edition(boolean facilitator, Language language, Viewer viewer) {
		if (facilitator && !policy.mayReadFacilitatorNotes(viewer)) {
			throw new AccessDeniedException("The facilitator edition is for trainers and staff");
		}
		String site = pdf.siteUrl();
		String what = facilitator ? "training:facilitator" : "training:participant";
		return pdf.cached(what, language, facilitator || policy.mayReadStaff(viewer), site,
				() -> html(facilitator, language, viewer, site));
	}

	String html(boolean facilitator, Language language, Viewer viewer, String site) {
		List<SessionPage> sessions = pages.all(language, viewer, facilitator);
		List<Chapter> chapters = new ArrayList<>();
		for (ModuleOutline module : manual.modules(language)) {
			chapters.add(new Chapter(pages.module(module.slug(), language),
					sessions.stream().filter(s -> s.module().slug().equals(module.slug())).toList()));
		}
		String path = "/" + language.code() + "/training/" + (facilitator ? "manual-facilitator.pdf" : "manual.pdf");
		String builtOn = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(LocalDate.now(ZoneOffset.UTC));
		Document document = new Document(messages.getMessage("training.pdf.title", null, language.locale()), facilitator,
				language, site, site + path, builtOn, chapters, pageLabel(language));
		return templates.process("training/pdf/manual",
				new Context(language.locale(), Map.of("doc", document, "lang", language)));
	}

	private List<String> pageLabel(Language language) {
		String label = messages.getMessage("delivery.pdf.pageOf", new Object[] { "\u0001", "\u0002" }, language.locale());
		int first = label.indexOf('\u0001');
		int second = label.indexOf('\u0002');
		return first < 0 || second < first ? List.of("", " / ", "")
				: List.of(label.substring(0, first), label.substring(first + 1, second), label.substring(second + 1));
	}

}
