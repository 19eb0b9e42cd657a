package org.fieldguide.training.events;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration by the trainer: one person through the form, or a participant list from a CSV file.
 * A file with bad rows imports nothing; the trainer sees why, row by row, and may then import only
 * the clean rows (the file's text travels back with that choice, so nothing is kept in between).
 */
@Controller
class RegistrationController {

	static final int MAX_FILE = 1_000_000;

	private final TrainingEvents events;

	private final Registrations registrations;

	private final CurrentViewer viewer;

	RegistrationController(TrainingEvents events, Registrations registrations, CurrentViewer viewer) {
		this.events = events;
		this.registrations = registrations;
		this.viewer = viewer;
	}

	@PostMapping(EventController.BASE + "/{id:\\d{1,18}}/participants")
	String register(@PathVariable String lang, @PathVariable long id, ParticipantForm form,
			@RequestParam(defaultValue = "false") boolean update, @RequestParam(defaultValue = "false") boolean waitingList,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		TrainingEvent event = events.manage(id, viewer.get());
		List<String> errors = new ArrayList<>();
		ParticipantForm.Valid valid = form.validate(errors);
		if (valid != null) {
			try {
				Registrations.Outcome outcome = registrations.register(event, valid, "trainer", update, waitingList);
				redirect.addFlashAttribute("message", "training.register.done." + outcome.result().name());
				return "redirect:/" + language.code() + "/trainer/events/" + id;
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
		return "training/events/register";
	}

	@GetMapping(EventController.BASE + "/{id:\\d{1,18}}/import")
	String importPage(@PathVariable String lang, @PathVariable long id, Model model) {
		Language.ofPage(lang);
		model.addAttribute("event", events.manage(id, viewer.get()));
		return "training/events/import";
	}

	@PostMapping(EventController.BASE + "/{id:\\d{1,18}}/import")
	String importFile(@PathVariable String lang, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String csv,
			@RequestParam(defaultValue = "false") boolean cleanRowsOnly, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		Language language = Language.ofPage(lang);
		Viewer who = viewer.get();
		TrainingEvent event = events.manage(id, who);
		model.addAttribute("event", event);
		String text = csv != null ? csv : file == null || file.isEmpty() ? null : utf8(file.getBytes());
		if (text == null || text.length() > MAX_FILE) {
			response.setStatus(400);
			model.addAttribute("fileError", text == null ? "training.import.error.unreadable" : "training.import.error.tooLarge");
			return "training/events/import";
		}
		Set<String> registered = registrations.of(event).stream().map(Participant::email).filter(e -> e != null)
			.collect(Collectors.toSet());
		CsvImport.Result result = CsvImport.read(text, registered);
		if (result.allClean() || (cleanRowsOnly && result.fileError() == null && !result.cleanRows().isEmpty())) {
			int waiting = 0;
			for (CsvImport.Row row : result.cleanRows()) {
				ParticipantForm.Valid valid = row.form().validate(new ArrayList<>());
				if (registrations.register(event, valid, "import", false, true).result() == Registrations.Result.WAITING) {
					waiting++;
				}
			}
			redirect.addFlashAttribute("message", "training.import.done");
			redirect.addFlashAttribute("imported", result.cleanRows().size());
			redirect.addFlashAttribute("waiting", waiting);
			return "redirect:/" + language.code() + "/trainer/events/" + id;
		}
		response.setStatus(400);
		model.addAttribute("result", result);
		model.addAttribute("fileError", result.fileError());
		model.addAttribute("csv", text);
		return "training/events/import";
	}

	/** The file's text, or null when it is not UTF-8 (a spreadsheet's other encodings would garble names). */
	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			return null;
		}
	}

}
