package org.fieldguide.editorial;

import java.util.List;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideEditing;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The history of one entry's text in one language, and a side-by-side diff of any two of its revisions. */
@Controller
@RequestMapping("/{lang:[a-z]{2}}/editor/entries/{slug}/{tl:[a-z]{2}}")
class HistoryController {

	private final Revisions revisions;

	private final GuideEditing guide;

	private final CurrentViewer viewer;

	HistoryController(Revisions revisions, GuideEditing guide, CurrentViewer viewer) {
		this.revisions = revisions;
		this.guide = guide;
		this.viewer = viewer;
	}

	@GetMapping("/history")
	String history(@PathVariable String slug, @PathVariable String tl, Model model) {
		Language language = EditController.content(tl);
		List<RevisionView> history = revisions.history(slug, language, viewer.get());
		model.addAttribute("entry", guide.entry(slug, viewer.get()));
		model.addAttribute("tl", language);
		model.addAttribute("history", history);
		model.addAttribute("latestNumber", history.isEmpty() ? 0 : history.getFirst().number());
		return "editorial/history";
	}

	/** Without numbers: the latest revision against the one before it. */
	@GetMapping("/diff")
	String diff(@PathVariable String slug, @PathVariable String tl, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		Language language = EditController.content(tl);
		List<RevisionView> history = revisions.history(slug, language, viewer.get());
		if (history.isEmpty()) {
			throw new NotFoundException("No revisions of " + slug);
		}
		int newer = to != null ? to : history.getFirst().number();
		int older = from != null ? from : Math.max(1, newer - 1);
		RevisionView a = pick(history, older, slug);
		RevisionView b = pick(history, newer, slug);
		model.addAttribute("entry", guide.entry(slug, viewer.get()));
		model.addAttribute("tl", language);
		model.addAttribute("history", history);
		model.addAttribute("from", a);
		model.addAttribute("to", b);
		model.addAttribute("diff", RevisionDiff.between(a.text(), b.text()));
		return "editorial/diff";
	}

	private static RevisionView pick(List<RevisionView> history, int number, String slug) {
		return history.stream()
			.filter(r -> r.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No revision " + number + " of " + slug));
	}

}
