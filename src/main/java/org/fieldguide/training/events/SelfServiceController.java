package org.fieldguide.training.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participants' side of an event, made for a phone: the list of open public events, registration
 * through the event link with its code, and on success the person's own link for tests and evaluation.
 * A wrong code is answered 404, an expired one 410, each with a plain message.
 */
@Controller
class SelfServiceController {

	private final TrainingEvents events;

	private final Registrations registrations;

	SelfServiceController(TrainingEvents events, Registrations registrations) {
		this.events = events;
		this.registrations = registrations;
	}

	@GetMapping("/{lang:[a-z]{2}}/events")
	String list(@PathVariable String lang, @RequestParam(required = false) String code, Model model) {
		Language language = Language.ofPage(lang);
		if (code != null && !code.isBlank()) {
			String normalised = Codes.normalise(code);
			if (normalised.matches("[A-Z0-9]{4,20}")) {
				return "redirect:/" + language.code() + "/events/" + normalised;
			}
		}
		model.addAttribute("events", events.openPublicEvents());
		return "training/events/public";
	}

	@GetMapping("/{lang:[a-z]{2}}/events/{code:[A-Za-z0-9-]{4,20}}")
	String form(@PathVariable String lang, @PathVariable String code, Model model) {
		Language.ofPage(lang);
		TrainingEvent event = open(code);
		model.addAttribute("event", event);
		model.addAttribute("form", ParticipantForm.blank());
		model.addAttribute("errors", List.of());
		return "training/events/self-register";
	}

	@PostMapping("/{lang:[a-z]{2}}/events/{code:[A-Za-z0-9-]{4,20}}")
	String register(@PathVariable String lang, @PathVariable String code, ParticipantForm form,
			@RequestParam(defaultValue = "false") boolean update, @RequestParam(defaultValue = "false") boolean waitingList,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		TrainingEvent event = open(code);
		List<String> errors = new ArrayList<>();
		ParticipantForm.Valid valid = form.validate(errors);
		if (valid != null) {
			try {
				Registrations.Outcome outcome = registrations.register(event, valid, "self", update, waitingList);
				if (outcome.result() == Registrations.Result.UPDATED) {
					// the personal link is not shown again: knowing an e-mail address must not open someone's page
					model.addAttribute("event", event);
					return "training/events/updated";
				}
				redirect.addFlashAttribute("message", "training.register.done." + outcome.result().name());
				return "redirect:/" + language.code() + "/events/p/" + outcome.participant().token();
			}
			catch (EventRefusal refused) {
				model.addAttribute("offerUpdate", refused.messageKey().equals("training.register.duplicate"));
				model.addAttribute("offerWaiting", refused.messageKey().equals("training.register.full"));
				response.setStatus(refused.status());
			}
		}
		else {
			response.setStatus(400);
		}
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "training/events/self-register";
	}

	private TrainingEvent open(String code) {
		TrainingEvent event = events.byCode(code);
		registrations.checkCode(event, LocalDate.now());
		return event;
	}

}
