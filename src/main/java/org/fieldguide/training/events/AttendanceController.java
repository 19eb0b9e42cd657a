package org.fieldguide.training.events;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attendance, one day at a time: a list of the participants with a tick box each, plain HTML. */
@Controller
class AttendanceController {

	private final TrainingEvents events;

	private final Registrations registrations;

	private final CurrentViewer viewer;

	private final DataReads reads;

	AttendanceController(TrainingEvents events, Registrations registrations, CurrentViewer viewer, DataReads reads) {
		this.events = events;
		this.registrations = registrations;
		this.viewer = viewer;
		this.reads = reads;
	}

	@GetMapping(EventController.BASE + "/{id:\\d{1,18}}/attendance/{day}")
	String day(@PathVariable String lang, @PathVariable long id,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		Language.ofPage(lang);
		TrainingEvent event = events.manage(id, viewer.get());
		if (!event.days().contains(day)) {
			throw new NotFoundException("Not a day of the event");
		}
		reads.record(viewer.get(), event, null, "attendance");
		model.addAttribute("event", event);
		model.addAttribute("day", day);
		model.addAttribute("participants", registrations.of(event).stream()
			.filter(p -> p.status() == Participant.Status.REGISTERED).toList());
		return "training/events/attendance";
	}

	@PostMapping(EventController.BASE + "/{id:\\d{1,18}}/attendance/{day}")
	String save(@PathVariable String lang, @PathVariable long id,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) List<Long> present, RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		TrainingEvent event = events.manage(id, viewer.get());
		registrations.attendance(event, day, present == null ? new HashSet<>() : new HashSet<>(present));
		redirect.addFlashAttribute("message", "training.attendance.saved");
		return "redirect:/" + language.code() + "/trainer/events/" + id + "/attendance/" + day;
	}

}
