package org.fieldguide.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /{lang}/editor/activity}: the activity log, newest first, 50 lines a page, filtered by who, kind,
 * entry and dates (EDITOR, PUBLISHER or ADMIN by address; {@link ActivityLog} checks again).
 */
@Controller
class ActivityController {

	static final int PAGE_SIZE = 50;

	private final ActivityLog log;

	private final CurrentViewer viewer;

	ActivityController(ActivityLog log, CurrentViewer viewer) {
		this.log = log;
		this.viewer = viewer;
	}

	@GetMapping("/{lang:[a-z]{2}}/editor/activity")
	String page(@PathVariable String lang, @RequestParam(required = false) String who,
			@RequestParam(required = false) String action, @RequestParam(required = false) String entry,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1") int page, Model model, HttpServletResponse response) {
		Language.ofPage(lang);
		boolean invalid = false;
		LocalDate fromDate = null;
		LocalDate toDate = null;
		try {
			fromDate = date(from);
			toDate = date(to);
		}
		catch (DateTimeParseException e) {
			invalid = true;
		}
		String kind = action != null && ActivityLog.ACTIONS.contains(action) ? action : null;
		ActivityLog.Filter filter = new ActivityLog.Filter(blankToNull(who, 200), kind, blankToNull(entry, 200),
				fromDate, toDate);
		int index = Math.max(0, Math.min(page, 100_000) - 1);
		if (invalid) {
			response.setStatus(400);
		}
		model.addAttribute("invalidDate", invalid);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", ActivityLog.ACTIONS);
		model.addAttribute("log", log.page(filter, index, PAGE_SIZE, viewer.get()));
		model.addAttribute("pageNumber", index + 1);
		return "audit/activity";
	}

	private static LocalDate date(String value) {
		return value == null || value.isBlank() ? null : LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
	}

	private static String blankToNull(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		return t.length() > max ? t.substring(0, max) : t;
	}

}
