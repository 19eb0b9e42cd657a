package org.fieldguide.editorial;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideGovernance;
import org.fieldguide.guide.GuideGovernance.Governed;
import org.fieldguide.guide.GuideGovernance.Kind;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /{lang}/editor/reviews}: what is overdue or due within 30 days (or everything), sortable by date,
 * and a small form per entry or resource for its owner and review-by date, and "mark reviewed". Editors and
 * publishers may do both (architecture decision 23): keeping content current is the editors' daily work, and every change
 * lands in the activity log.
 */
@Controller
class GovernanceController {

	/** What the list shows. */
	static final List<String> WINDOWS = List.of("due", "overdue", "all");

	/** Owner and review-by date as typed (the date as year-month-day). */
	record GovernanceForm(String owner, String reviewBy) {
	}

	private final GuideGovernance governance;

	private final CurrentViewer viewer;

	GovernanceController(GuideGovernance governance, CurrentViewer viewer) {
		this.governance = governance;
		this.viewer = viewer;
	}

	@GetMapping("/{lang:[a-z]{2}}/editor/reviews")
	String list(@PathVariable String lang, @RequestParam(required = false) String show,
			@RequestParam(required = false) String sort, Model model) {
		Language ui = Language.ofPage(lang);
		String window = show != null && WINDOWS.contains(show) ? show : "due";
		boolean latestFirst = "latest".equals(sort);
		LocalDate today = governance.today();
		List<Governed> items = governance.all(ui, viewer.get())
			.stream()
			.filter(g -> switch (window) {
				case "overdue" -> g.overdue(today);
				case "due" -> g.overdue(today) || g.dueSoon(today);
				default -> true;
			})
			.sorted(latestFirst ? Comparator.comparing(Governed::reviewBy).reversed() : Comparator.comparing(Governed::reviewBy))
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("today", today);
		model.addAttribute("show", window);
		model.addAttribute("sort", latestFirst ? "latest" : "soonest");
		model.addAttribute("windows", WINDOWS);
		model.addAttribute("counts", governance.counts(viewer.get()));
		return "editorial/reviews";
	}

	@GetMapping("/{lang:[a-z]{2}}/editor/reviews/{kind:entry|resource}/{slug}")
	String form(@PathVariable String lang, @PathVariable String kind, @PathVariable String slug, Model model) {
		Governed item = governance.one(Kind.fromSlug(kind), slug, Language.ofPage(lang), viewer.get());
		return show(item, new GovernanceForm(item.owner(), item.reviewBy().toString()), null, model);
	}

	@PostMapping("/{lang:[a-z]{2}}/editor/reviews/{kind:entry|resource}/{slug}")
	String save(@PathVariable String lang, @PathVariable String kind, @PathVariable String slug, GovernanceForm form,
			Model model, HttpServletResponse response) {
		Language ui = Language.ofPage(lang);
		Governed item = governance.one(Kind.fromSlug(kind), slug, ui, viewer.get());
		String error = null;
		LocalDate date = null;
		if (form.owner() != null && form.owner().strip().length() > 200) {
			error = "governance.error.owner";
		}
		try {
			date = LocalDate.parse(form.reviewBy() == null ? "" : form.reviewBy().strip());
			if (date.getYear() < 2000 || date.getYear() > 2200) {
				error = "governance.error.date";
			}
		}
		catch (DateTimeParseException e) {
			error = "governance.error.date";
		}
		if (error != null) {
			response.setStatus(400);
			return show(item, form, error, model);
		}
		governance.update(item.kind(), slug, form.owner(), date, viewer.get());
		return "redirect:/" + ui.code() + "/editor/reviews/" + kind + "/" + slug + "?saved";
	}

	@PostMapping("/{lang:[a-z]{2}}/editor/reviews/{kind:entry|resource}/{slug}/reviewed")
	String reviewed(@PathVariable String lang, @PathVariable String kind, @PathVariable String slug) {
		Language ui = Language.ofPage(lang);
		governance.markReviewed(Kind.fromSlug(kind), slug, viewer.get());
		return "redirect:/" + ui.code() + "/editor/reviews/" + kind + "/" + slug + "?reviewed";
	}

	private String show(Governed item, GovernanceForm form, String error, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("today", governance.today());
		return "editorial/review-form";
	}

}
