package org.fieldguide.training.events;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fieldguide.access.CurrentViewer;
import org.fieldguide.platform.FieldguideProperties;
import org.fieldguide.platform.Language;
import org.fieldguide.training.TrainingManual;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An event's report (page, CSV and PDF) for its facilitators and administrators, and the programme
 * dashboard for every trainer and administrator. Both show counts and averages only, never names.
 */
@Controller
class ReportController {

	private final TrainingEvents events;

	private final Registrations registrations;

	private final TestSheets tests;

	private final Certificates certificates;

	private final TrainingManual manual;

	private final Dashboard dashboard;

	private final TrainingDocuments documents;

	private final MessageSource messages;

	private final FieldguideProperties site;

	private final CurrentViewer viewer;

	ReportController(TrainingEvents events, Registrations registrations, TestSheets tests, Certificates certificates,
			TrainingManual manual, Dashboard dashboard, TrainingDocuments documents, MessageSource messages,
			FieldguideProperties site, CurrentViewer viewer) {
		this.events = events;
		this.registrations = registrations;
		this.tests = tests;
		this.certificates = certificates;
		this.manual = manual;
		this.dashboard = dashboard;
		this.documents = documents;
		this.messages = messages;
		this.site = site;
		this.viewer = viewer;
	}

	@GetMapping(EventController.BASE + "/{id:\\d{1,18}}/report")
	String page(@PathVariable String lang, @PathVariable long id, Model model) {
		Language language = Language.ofPage(lang);
		TrainingEvent event = events.manage(id, viewer.get());
		model.addAllAttributes(reportModel(event, language));
		return "training/events/report";
	}

	@GetMapping(EventController.BASE + "/{id:\\d{1,18}}/report.csv")
	ResponseEntity<String> csv(@PathVariable String lang, @PathVariable long id) throws IOException {
		Language.ofPage(lang);
		TrainingEvent event = events.manage(id, viewer.get());
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			for (List<String> row : report(event, Language.ofPage(lang)).rows()) {
				csv.printRecord(row);
			}
		}
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("event-" + id + "-report.csv").build().toString())
			.body(out.toString());
	}

	@GetMapping(EventController.BASE + "/{id:\\d{1,18}}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable long id, HttpServletRequest request) {
		Language language = Language.ofPage(lang);
		TrainingEvent event = events.manage(id, viewer.get());
		Map<String, Object> model = new java.util.HashMap<>(reportModel(event, language));
		model.put("pdf", true);
		byte[] bytes = documents.render("report", model, language, siteUrl(site));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("event-" + id + "-report.pdf").build().toString())
			.body(bytes);
	}

	@GetMapping("/{lang:[a-z]{2}}/trainer/dashboard")
	String dashboard(@PathVariable String lang, Model model) {
		Language language = Language.ofPage(lang);
		Map<String, String> titles = EventReport.titles(manual.modules(language));
		Map<String, List<Dashboard.Group>> groups = new java.util.LinkedHashMap<>();
		groups.put("byCountry", dashboard.byCountry());
		groups.put("byYear", dashboard.byYear());
		groups.put("byModule", dashboard.byModule());
		groups.put("byKind", dashboard.byKind());
		Map<String, Long> maxima = new java.util.HashMap<>();
		groups.forEach((name, rows) -> maxima.put(name,
				Math.max(1, rows.stream().mapToLong(Dashboard.Group::participants).max().orElse(1))));
		model.addAttribute("groups", groups);
		model.addAttribute("maxima", maxima);
		model.addAttribute("moduleTitles", titles);
		return "training/events/dashboard";
	}

	EventReport report(TrainingEvent event, Language language) {
		List<Participant> people = registrations.of(event);
		return EventReport.of(event, people, tests.ofAll(people), EventReport.titles(manual.modules(language)),
				certificates::attendedEnough);
	}

	private Map<String, Object> reportModel(TrainingEvent event, Language language) {
		EventReport report = report(event, language);
		Locale locale = language.locale();
		List<String> days = report.attendance().stream().map(d -> d.day().toString()).toList();
		List<Double> present = report.attendance().stream().map(d -> (double) d.present()).toList();
		List<String> modules = report.modules().stream().map(m -> Chart.shorten(m.title())).toList();
		List<String> aspects = new ArrayList<>();
		report.ratings().forEach(r -> aspects.add(messages.getMessage("training.evaluation." + r.aspect(), null, locale)));
		return Map.of("event", event, "report", report,
				"attendanceChart", Chart.of(days, present, Math.max(1, report.registered()), ""),
				"scoresChart", Chart.paired(modules, report.modules().stream().map(EventReport.ModuleScores::pre).toList(),
						report.modules().stream().map(EventReport.ModuleScores::post).toList(), 100, "%"),
				"ratingsChart", Chart.of(aspects, report.ratings().stream().map(EventReport.AspectRating::average).toList(), 5, ""));
	}

	static String siteUrl(FieldguideProperties site) {
		return site.publicUrl() != null ? site.publicUrl()
				: ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
