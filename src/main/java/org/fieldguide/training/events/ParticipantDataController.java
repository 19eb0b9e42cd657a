package org.fieldguide.training.events;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.fieldguide.training.TrainingManual;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One participant as their event's facilitators (and administrators) see them: their data, tests entered
 * by the trainer, and what the participant may ask for through the trainer: a copy of their data, its
 * erasure, or leaving the event. Every look at the data is recorded in {@link DataReads}.
 */
@Controller
class ParticipantDataController {

	static final String BASE = EventController.BASE + "/{id:\\d{1,18}}/participants/{pid:\\d{1,18}}";

	private final TrainingEvents events;

	private final Registrations registrations;

	private final TestSheets tests;

	private final Retention retention;

	private final DataReads reads;

	private final TrainingManual manual;

	private final CurrentViewer viewer;

	ParticipantDataController(TrainingEvents events, Registrations registrations, TestSheets tests, Retention retention,
			DataReads reads, TrainingManual manual, CurrentViewer viewer) {
		this.events = events;
		this.registrations = registrations;
		this.tests = tests;
		this.retention = retention;
		this.reads = reads;
		this.manual = manual;
		this.viewer = viewer;
	}

	@GetMapping(BASE)
	String show(@PathVariable String lang, @PathVariable long id, @PathVariable long pid, Model model) {
		Language language = Language.ofPage(lang);
		Viewer who = viewer.get();
		TrainingEvent event = events.manage(id, who);
		Participant participant = registrations.in(event, pid);
		reads.record(who, event, pid, "view");
		model.addAttribute("event", event);
		model.addAttribute("p", participant);
		model.addAttribute("sheets", tests.of(participant));
		model.addAttribute("moduleTitles", EventReport.titles(manual.modules(language)));
		model.addAttribute("base", "/" + language.code() + "/trainer/events/" + id + "/participants/" + pid);
		return "training/events/participant";
	}

	@GetMapping(BASE + "/tests/{module:[a-z0-9-]{1,120}}/{phase:pre|post}")
	String test(@PathVariable String lang, @PathVariable long id, @PathVariable long pid, @PathVariable String module,
			@PathVariable String phase, Model model) {
		Language language = Language.ofPage(lang);
		TrainingEvent event = events.manage(id, viewer.get());
		Participant participant = registrations.in(event, pid);
		return TestPage.show(model, event, participant, module, phase, tests, manual, language, base(language, id, pid));
	}

	@PostMapping(BASE + "/tests/{module:[a-z0-9-]{1,120}}/{phase:pre|post}")
	String enter(@PathVariable String lang, @PathVariable long id, @PathVariable long pid, @PathVariable String module,
			@PathVariable String phase, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		Viewer who = viewer.get();
		TrainingEvent event = events.manage(id, who);
		Participant participant = registrations.in(event, pid);
		String base = base(language, id, pid);
		return TestPage.submit(model, response, redirect, event, participant, module, phase, params, who.accountId(),
				tests, manual, language, base, base);
	}

	/** The participant's data as a CSV file, for their request to see what is kept about them. */
	@GetMapping(BASE + "/export.csv")
	ResponseEntity<String> export(@PathVariable String lang, @PathVariable long id, @PathVariable long pid)
			throws IOException {
		Language.ofPage(lang);
		Viewer who = viewer.get();
		TrainingEvent event = events.manage(id, who);
		Participant p = registrations.in(event, pid);
		reads.record(who, event, pid, "export");
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord("field", "value");
			csv.printRecord("event", event.title());
			csv.printRecord("dates", event.startDate() + " - " + event.endDate());
			csv.printRecord("name", p.name());
			csv.printRecord("organisation", p.organisation());
			csv.printRecord("kind", p.kind().name());
			csv.printRecord("email", p.email());
			csv.printRecord("phone", p.phone());
			csv.printRecord("consent", p.consentAt());
			csv.printRecord("registered", p.registeredAt());
			csv.printRecord("status", p.status().name());
			csv.printRecord("days present", String.join(" ", p.attendance().stream().sorted().map(String::valueOf).toList()));
			for (TestSheet sheet : tests.of(p)) {
				csv.printRecord("test " + sheet.moduleSlug() + " " + sheet.phase().name().toLowerCase(), sheet.score().percent() + "%");
			}
			Evaluation e = p.evaluation();
			if (e != null) {
				for (String aspect : Evaluation.ASPECTS) {
					csv.printRecord("rating " + aspect, e.rating(aspect));
				}
				csv.printRecord("comments", e.comments());
			}
			csv.printRecord("certificate", p.certificateCode());
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("participant-" + pid + ".csv").build().toString())
			.body(out.toString());
	}

	@PostMapping(BASE + "/erase")
	String erase(@PathVariable String lang, @PathVariable long id, @PathVariable long pid, RedirectAttributes redirect) {
		Viewer who = viewer.get();
		TrainingEvent event = events.manage(id, who);
		Participant p = registrations.in(event, pid);
		reads.record(who, event, pid, "erase");
		retention.erase(p);
		redirect.addFlashAttribute("message", "training.participant.erasedDone");
		return "redirect:/" + Language.ofPage(lang).code() + "/trainer/events/" + id;
	}

	@PostMapping(BASE + "/remove")
	String remove(@PathVariable String lang, @PathVariable long id, @PathVariable long pid, RedirectAttributes redirect) {
		TrainingEvent event = events.manage(id, viewer.get());
		registrations.remove(event, registrations.in(event, pid));
		redirect.addFlashAttribute("message", "training.participant.removed");
		return "redirect:/" + Language.ofPage(lang).code() + "/trainer/events/" + id;
	}

	private static String base(Language language, long id, long pid) {
		return "/" + language.code() + "/trainer/events/" + id + "/participants/" + pid;
	}

}
