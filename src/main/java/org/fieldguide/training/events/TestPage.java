package org.fieldguide.training.events;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.platform.Language;
import org.fieldguide.training.TrainingManual;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The test page as both the participant (through their link) and the trainer (entering a paper test)
 * see it: the module's questions as radio groups named {@code q.<key>}, or the first score when the test
 * was already taken.
 */
final class TestPage {

	static final String VIEW = "training/events/test";

	private TestPage() {
	}

	static String show(Model model, TrainingEvent event, Participant who, String module, String phaseName,
			TestSheets tests, TrainingManual manual, Language language, String base) {
		TestSheet.Phase phase = TestSheet.Phase.valueOf(phaseName.toUpperCase(java.util.Locale.ROOT));
		model.addAttribute("event", event);
		model.addAttribute("participant", who);
		model.addAttribute("module", module);
		model.addAttribute("moduleTitle", manual.module(module, language).map(TrainingManual.ModuleOutline::title).orElse(module));
		model.addAttribute("phase", phaseName);
		model.addAttribute("questions", tests.questions(event, module));
		// questions come in the event's language, which may differ from the page's (and its direction)
		model.addAttribute("eventLanguage", Language.fromCode(event.language()).orElse(Language.SOURCE));
		model.addAttribute("base", base);
		model.addAttribute("action", base + "/tests/" + module + "/" + phaseName);
		tests.of(who).stream().filter(s -> s.moduleSlug().equals(module) && s.phase() == phase).findFirst()
			.ifPresent(sheet -> model.addAttribute("taken", sheet.score()));
		return VIEW;
	}

	static String submit(Model model, HttpServletResponse response, RedirectAttributes redirect, TrainingEvent event,
			Participant who, String module, String phaseName, Map<String, String> params, Long enteredBy,
			TestSheets tests, TrainingManual manual, Language language, String base, String done) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("q.") && value.matches("\\d{1,2}")) {
				answers.put(name.substring(2), Integer.valueOf(value));
			}
		});
		TestSheet.Phase phase = TestSheet.Phase.valueOf(phaseName.toUpperCase(java.util.Locale.ROOT));
		try {
			Score score = tests.submit(event, who, module, phase, answers, enteredBy);
			redirect.addFlashAttribute("message", "training.test.scored");
			redirect.addFlashAttribute("score", score.percent());
			return "redirect:" + done;
		}
		catch (EventRefusal refused) {
			response.setStatus(refused.status());
			model.addAttribute("refusal", refused.messageKey());
			return show(model, event, who, module, phaseName, tests, manual, language, base);
		}
	}

}
