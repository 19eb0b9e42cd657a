package org.fieldguide.training.events;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.fieldguide.training.TrainingManual;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The trainers' workspace: their events, a new event, an event's page, and changing an event. */
@Controller
public class EventController {

	static final String BASE = "/{lang:[a-z]{2}}/trainer/events";

	private final TrainingEvents events;

	private final Registrations registrations;

	private final TrainingManual manual;

	private final CurrentViewer viewer;

	private final DataReads reads;

	private final Certificates certificates;

	EventController(TrainingEvents events, Registrations registrations, TrainingManual manual, CurrentViewer viewer,
			DataReads reads, Certificates certificates) {
		this.events = events;
		this.registrations = registrations;
		this.manual = manual;
		this.viewer = viewer;
		this.reads = reads;
		this.certificates = certificates;
	}

	/** A country as the form offers it: ISO code and its name in the page's language. */
	public record Country(String code, String name) {
	}

	@GetMapping({ "/{lang:[a-z]{2}}/trainer", BASE })
	String list(@PathVariable String lang, Model model) {
		Language.ofPage(lang);
		model.addAttribute("events", events.managedBy(viewer.get()));
		return "training/events/list";
	}

	@GetMapping(BASE + "/new")
	String newEvent(@PathVariable String lang, Model model) {
		Language language = Language.ofPage(lang);
		return form(language, null, EventForm.blank(language, viewer.get().accountId()), List.of(), model);
	}

	@PostMapping(BASE)
	String create(@PathVariable String lang, EventFormParams params, Model model, HttpServletResponse response) {
		Language language = Language.ofPage(lang);
		EventForm form = params.form();
		List<String> errors = new ArrayList<>();
		EventForm.Valid valid = form.validate(moduleSlugs(language), events.trainerIds(), errors);
		if (valid == null) {
			response.setStatus(400);
			return form(language, null, form, errors, model);
		}
		TrainingEvent event = events.create(valid, viewer.get());
		return "redirect:/" + language.code() + "/trainer/events/" + event.id();
	}

	@GetMapping(BASE + "/{id:\\d{1,18}}/edit")
	String edit(@PathVariable String lang, @PathVariable long id, Model model) {
		Language language = Language.ofPage(lang);
		TrainingEvent event = events.manage(id, viewer.get());
		EventForm form = new EventForm(event.title(), event.modules(), event.startDate().toString(),
				event.endDate().toString(), event.venue(), event.city(), event.country(), event.language(),
				List.copyOf(event.facilitators()), String.valueOf(event.capacity()), event.invitationOnly());
		return form(language, event, form, List.of(), model);
	}

	@PostMapping(BASE + "/{id:\\d{1,18}}")
	String update(@PathVariable String lang, @PathVariable long id, EventFormParams params, Model model,
			HttpServletResponse response) {
		Language language = Language.ofPage(lang);
		TrainingEvent event = events.manage(id, viewer.get());
		EventForm form = params.form();
		List<String> errors = new ArrayList<>();
		EventForm.Valid valid = form.validate(moduleSlugs(language), events.trainerIds(), errors);
		if (valid == null) {
			response.setStatus(400);
			return form(language, event, form, errors, model);
		}
		events.update(id, valid, viewer.get());
		return "redirect:/" + language.code() + "/trainer/events/" + id;
	}

	/** The event page lists its participants: a read of personal data, recorded. */
	@GetMapping(BASE + "/{id:\\d{1,18}}")
	String show(@PathVariable String lang, @PathVariable long id, Model model) {
		Language language = Language.ofPage(lang);
		Viewer who = viewer.get();
		TrainingEvent event = events.manage(id, who);
		List<Participant> people = registrations.of(event);
		reads.record(who, event, null, "list");
		model.addAttribute("event", event);
		model.addAttribute("participants", people);
		model.addAttribute("eligible", people.stream().filter(p -> certificates.eligible(event, p))
			.map(Participant::id).collect(Collectors.toSet()));
		model.addAttribute("moduleTitles", EventReport.titles(manual.modules(language)));
		model.addAttribute("countryName", Locale.of("", event.country()).getDisplayCountry(language.locale()));
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("form", ParticipantForm.blank());
		return "training/events/event";
	}

	private String form(Language language, TrainingEvent event, EventForm form, List<String> errors, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("modules", manual.modules(language));
		model.addAttribute("trainers", events.trainers());
		model.addAttribute("languages", Language.values());
		model.addAttribute("countries", countries(language));
		return "training/events/form";
	}

	private Set<String> moduleSlugs(Language language) {
		return manual.modules(language).stream().map(TrainingManual.ModuleOutline::slug).collect(Collectors.toSet());
	}

	static List<Country> countries(Language language) {
		Collator collator = Collator.getInstance(language.locale());
		return java.util.Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, Locale.of("", code).getDisplayCountry(language.locale())))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	/** The event form's fields as Spring binds them from the request. */
	record EventFormParams(String title, List<String> modules, String startDate, String endDate, String venue,
			String city, String country, String language, List<Long> facilitators, String capacity,
			Boolean invitationOnly) {

		EventForm form() {
			return new EventForm(title, modules, startDate, endDate, venue, city, country, language, facilitators,
					capacity, Boolean.TRUE.equals(invitationOnly));
		}

	}

}
