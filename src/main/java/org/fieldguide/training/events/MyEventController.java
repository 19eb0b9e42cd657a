package org.fieldguide.training.events;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.platform.FieldguideProperties;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
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
 * A participant's own page, opened with the personal link they got at registration (the token is the
 * only key; nobody signs in): their place, the tests of each module, the evaluation and the certificate.
 */
@Controller
class MyEventController {

	static final String BASE = "/{lang:[a-z]{2}}/events/p/{token:[a-z0-9]{10,40}}";

	private final Registrations registrations;

	private final TrainingEventRepository events;

	private final TestSheets tests;

	private final Certificates certificates;

	private final TrainingManual manual;

	private final TrainingDocuments documents;

	private final FieldguideProperties site;

	MyEventController(Registrations registrations, TrainingEventRepository events, TestSheets tests,
			Certificates certificates, TrainingManual manual, TrainingDocuments documents, FieldguideProperties site) {
		this.documents = documents;
		this.site = site;
		this.registrations = registrations;
		this.events = events;
		this.tests = tests;
		this.certificates = certificates;
		this.manual = manual;
	}

	@GetMapping(BASE)
	String page(@PathVariable String lang, @PathVariable String token, Model model) {
		Language language = Language.ofPage(lang);
		Participant me = participant(token);
		TrainingEvent event = events.findById(me.eventId()).orElseThrow();
		model.addAttribute("event", event);
		model.addAttribute("me", me);
		model.addAttribute("sheets", tests.of(me));
		model.addAttribute("moduleTitles", EventReport.titles(manual.modules(language)));
		model.addAttribute("eligible", certificates.eligible(event, me));
		model.addAttribute("aspects", Evaluation.ASPECTS);
		model.addAttribute("base", "/" + language.code() + "/events/p/" + token);
		return "training/events/me";
	}

	@GetMapping(BASE + "/tests/{module:[a-z0-9-]{1,120}}/{phase:pre|post}")
	String test(@PathVariable String lang, @PathVariable String token, @PathVariable String module,
			@PathVariable String phase, Model model) {
		Language language = Language.ofPage(lang);
		Participant me = participant(token);
		TrainingEvent event = events.findById(me.eventId()).orElseThrow();
		return TestPage.show(model, event, me, module, phase, tests, manual, language,
				"/" + language.code() + "/events/p/" + token);
	}

	@PostMapping(BASE + "/tests/{module:[a-z0-9-]{1,120}}/{phase:pre|post}")
	String submit(@PathVariable String lang, @PathVariable String token, @PathVariable String module,
			@PathVariable String phase, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		Participant me = participant(token);
		TrainingEvent event = events.findById(me.eventId()).orElseThrow();
		String base = "/" + language.code() + "/events/p/" + token;
		return TestPage.submit(model, response, redirect, event, me, module, phase, params, null, tests, manual,
				language, base, base);
	}

	@PostMapping(BASE + "/evaluation")
	String evaluate(@PathVariable String lang, @PathVariable String token, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		Participant me = participant(token);
		Evaluation evaluation;
		try {
			List<Integer> ratings = Evaluation.ASPECTS.stream().map(a -> Integer.parseInt(params.getOrDefault(a, ""))).toList();
			evaluation = new Evaluation(ratings.get(0), ratings.get(1), ratings.get(2), ratings.get(3), ratings.get(4),
					params.get("comments"));
		}
		catch (IllegalArgumentException incomplete) {
			throw new EventRefusal("training.evaluation.incomplete", 400);
		}
		registrations.evaluate(me, evaluation);
		redirect.addFlashAttribute("message", "training.evaluation.thanks");
		return "redirect:/" + language.code() + "/events/p/" + token;
	}

	@GetMapping(BASE + "/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String lang, @PathVariable String token) {
		Language language = Language.ofPage(lang);
		Participant me = participant(token);
		TrainingEvent event = events.findById(me.eventId()).orElseThrow();
		String code = certificates.issue(event, me);
		String country = java.util.Locale.of("", event.country()).getDisplayCountry(language.locale());
		byte[] pdf = documents.render("certificate", Map.of("event", event, "participant", me, "code", code,
				"country", country), language, ReportController.siteUrl(site));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("certificate-" + code + ".pdf").build().toString())
			.body(pdf);
	}

	private Participant participant(String token) {
		return registrations.byToken(token).orElseThrow(() -> new NotFoundException("No such participant link"));
	}

}
