package org.fieldguide.guide;

import java.util.EnumSet;

import jakarta.servlet.http.HttpServletRequest;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideViews.EntryPage;
import org.fieldguide.guide.GuideViews.ResourceFilter;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.LanguageLink;
import org.fieldguide.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public reader: home, categories, entries, phases, the resource library and the about page. */
@Controller
class ReaderController {

	private final GuideReader guide;

	private final ResourceLibraryQuery library;

	private final CurrentViewer viewer;

	// links other modules add to entry pages (training sessions), without the guide depending on them
	private final java.util.List<EntryAsides> asides;

	// governance (issue 5 item 7): publisher's change summaries and the "under review" note
	private final GuidePublications publications;

	private final GuideGovernance governance;

	private final boolean underReviewNote;

	ReaderController(GuideReader guide, ResourceLibraryQuery library, CurrentViewer viewer,
			java.util.List<EntryAsides> asides, GuidePublications publications, GuideGovernance governance,
			@org.springframework.beans.factory.annotation.Value("${fieldguide.editorial.show-under-review-note:true}") boolean underReviewNote) {
		this.asides = asides;
		this.guide = guide;
		this.library = library;
		this.viewer = viewer;
		this.publications = publications;
		this.governance = governance;
		this.underReviewNote = underReviewNote;
	}

	@GetMapping({ "/{lang:[a-z]{2}}", "/{lang:[a-z]{2}}/toolkit" })
	String toHome(@PathVariable String lang) {
		return "redirect:/" + Language.ofPage(lang).code() + "/";
	}

	@GetMapping("/{lang:[a-z]{2}}/")
	String home(@PathVariable String lang, Model model) {
		Language language = Language.ofPage(lang);
		model.addAttribute("home", guide.home(language, viewer.get()));
		return "guide/home";
	}

	@GetMapping("/{lang:[a-z]{2}}/toolkit/{category}")
	String category(@PathVariable String lang, @PathVariable String category, Model model) {
		model.addAttribute("page", guide.category(category, Language.ofPage(lang), viewer.get()));
		return "guide/category";
	}

	@GetMapping("/{lang:[a-z]{2}}/toolkit/{category}/{entry}")
	String entry(@PathVariable String lang, @PathVariable String category, @PathVariable String entry,
			@RequestParam(required = false) String since, Model model, HttpServletRequest request) {
		Language language = Language.ofPage(lang);
		EntryPage page = guide.entry(category, entry, language, viewer.get());
		model.addAttribute("page", page);
		model.addAttribute("asides", asides.stream()
			.flatMap(a -> a.aside(page.slug(), language, viewer.get()).stream())
			.toList());
		// public entries only; kept pages are refreshed when the date passes (ReviewDateWatch)
		model.addAttribute("underReview", underReviewNote && governance.overdue(page.slug()));
		// opened from an offline copy or a PDF made at "since": say whether this page changed after it
		sinceOrNothing(since).ifPresent(moment -> {
			model.addAttribute("since", moment);
			model.addAttribute("changedSince", guide.changedSince(moment.instant(), language, viewer.get())
				.stream()
				.anyMatch(c -> c.entry().slug().equals(page.slug())));
		});
		model.addAttribute("languageLinks",
				LanguageLink.forPath(request.getRequestURI(), language, page.availableLanguages()));
		return "guide/entry";
	}

	@GetMapping("/{lang:[a-z]{2}}/phases/{phase}")
	String phase(@PathVariable String lang, @PathVariable String phase, Model model) {
		Phase found = Phase.fromSlug(phase).orElseThrow(() -> new NotFoundException("No phase " + phase));
		model.addAttribute("page", guide.phase(found, Language.ofPage(lang), viewer.get()));
		return "guide/phase";
	}

	@GetMapping("/{lang:[a-z]{2}}/resources")
	String resources(@PathVariable String lang, @RequestParam(required = false) String category,
			@RequestParam(required = false) String phase, @RequestParam(required = false) String type,
			@RequestParam(name = "language", required = false) String fileLanguage, Model model) {
		Language language = Language.ofPage(lang);
		ResourceFilter filter = library.filter(category, phase, type, fileLanguage, viewer.get());
		model.addAttribute("filter", filter);
		model.addAttribute("library", library.find(filter, language, viewer.get()));
		model.addAttribute("phases", EnumSet.allOf(Phase.class));
		return "guide/resources";
	}

	/** A page still answers when a link's {@code since} is mangled: just without the notice. */
	private static java.util.Optional<Since> sinceOrNothing(String since) {
		try {
			return Since.parse(since);
		}
		catch (IllegalArgumentException invalid) {
			return java.util.Optional.empty();
		}
	}

	/** What changed after a moment (by default the last 30 days), newest first. */
	@GetMapping("/{lang:[a-z]{2}}/changes")
	String changes(@PathVariable String lang, @RequestParam(required = false) String since, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Language language = Language.ofPage(lang);
		java.util.Optional<Since> given;
		try {
			given = Since.parse(since);
		}
		catch (IllegalArgumentException invalid) {
			response.setStatus(400);
			model.addAttribute("invalidSince", since);
			given = java.util.Optional.empty();
		}
		Since moment = given.orElseGet(() -> Since.daysAgo(30));
		model.addAttribute("since", moment);
		model.addAttribute("changes", guide.changedSince(moment.instant(), language, viewer.get()));
		model.addAttribute("notes", publications.since(moment.instant(), language, viewer.get())
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(GuidePublications.Publication::entrySlug)));
		return "guide/changes";
	}

	@GetMapping("/{lang:[a-z]{2}}/about")
	String about(@PathVariable String lang, Model model) {
		Language language = Language.ofPage(lang);
		model.addAttribute("categories", guide.categories(language, viewer.get()));
		return "guide/about";
	}


}
