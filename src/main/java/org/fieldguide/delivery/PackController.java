package org.fieldguide.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.Viewer;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.delivery.FieldPacks.Pack;
import org.fieldguide.delivery.PackChoice.Problem;
import org.fieldguide.guide.CentreTags;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideViews.CategoryCard;
import org.fieldguide.guide.GuideViews.PackEntry;
import org.fieldguide.guide.Phase;
import org.fieldguide.platform.FieldguideProperties;
import org.fieldguide.platform.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Field packs: {@code /{lang}/packs} lets a reader choose phases, typologies, categories and entries
 * (those the viewer may read); {@code /{lang}/pack} checks the choice and sends the reader to its
 * canonical address {@code /{lang}/pack.pdf?…} or {@code /{lang}/pack.zip?…}. The PDF holds what the
 * request's viewer may read; the ZIP, like the whole offline copy, what an anonymous reader may read.
 * A choice that makes no pack gets the packs page again, with status 400, the reason and the choices
 * still ticked.
 */
@Controller
class PackController {

	private static final String VIEW = "delivery/packs";

	private final GuideReader guide;

	private final CurrentViewer viewer;

	private final VisibilityPolicy policy;

	private final GuidePdf pdf;

	private final PdfCache pdfCache;

	private final FieldPacks packs;

	private final OfflineProperties offline;

	private final FieldguideProperties site;

	private final MessageSource messages;

	PackController(GuideReader guide, CurrentViewer viewer, VisibilityPolicy policy, GuidePdf pdf, PdfCache pdfCache,
			FieldPacks packs, OfflineProperties offline, FieldguideProperties site, MessageSource messages) {
		this.guide = guide;
		this.viewer = viewer;
		this.policy = policy;
		this.pdf = pdf;
		this.pdfCache = pdfCache;
		this.packs = packs;
		this.offline = offline;
		this.site = site;
		this.messages = messages;
	}

	/** One category of the page with its entries, sub-entries after their parent. */
	record CategoryChoices(CategoryCard category, List<PackEntry> entries) {
	}

	@GetMapping("/{lang:[a-z]{2}}/packs")
	ModelAndView page(@PathVariable String lang) {
		Language language = Language.ofPage(lang);
		return page(language, PackChoice.none(), "pdf", null);
	}

	@GetMapping("/{lang:[a-z]{2}}/pack")
	ModelAndView choose(@PathVariable String lang, HttpServletRequest request, HttpServletResponse response) {
		Language language = Language.ofPage(lang);
		String format = "zip".equals(request.getParameter("format")) ? "zip" : "pdf";
		PackChoice choice;
		try {
			choice = PackChoice.of(request.getParameterMap(), Set.of("format"));
		}
		catch (PackChoice.Invalid invalid) {
			return rejected(language, invalid.partial, format, Problem.UNKNOWN, response);
		}
		try {
			choice.resolve(guide.packEntries(language, "zip".equals(format) ? Viewer.anonymous() : viewer.get()));
		}
		catch (PackChoice.Rejected rejected) {
			return rejected(language, choice, format, rejected.problem, response);
		}
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader(HttpHeaders.LOCATION, "/" + language.code() + "/pack." + format + "?" + choice.query());
		return null;
	}

	@GetMapping("/{lang:[a-z]{2}}/pack.pdf")
	ModelAndView pdf(@PathVariable String lang, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Language language = Language.ofPage(lang);
		Viewer who = viewer.get();
		PackChoice choice;
		List<PackEntry> chosen;
		try {
			choice = PackChoice.of(request.getParameterMap(), Set.of());
		}
		catch (PackChoice.Invalid invalid) {
			return rejected(language, invalid.partial, "pdf", Problem.UNKNOWN, response);
		}
		try {
			chosen = choice.resolve(guide.packEntries(language, who));
		}
		catch (PackChoice.Rejected rejected) {
			return rejected(language, choice, "pdf", rejected.problem, response);
		}
		String siteUrl = site.publicUrl() != null ? site.publicUrl()
				: ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		String title = title(choice, chosen, language, who);
		PdfCache.Built built = pdfCache.get("pack:" + choice.query(), language, policy.mayReadStaff(who), siteUrl,
				() -> pdf.pack(title, chosen, language, who, siteUrl, choice.query()));
		if (new ServletWebRequest(request, response).checkNotModified(built.etag(),
				built.lastModified().toEpochMilli())) {
			return null;
		}
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
			.filename("fieldguide-pack-" + language.code() + "-" + choice.id() + ".pdf")
			.build()
			.toString());
		response.setContentLength(built.bytes().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(built.bytes());
		}
		return null;
	}

	@GetMapping("/{lang:[a-z]{2}}/pack.zip")
	ModelAndView zip(@PathVariable String lang, HttpServletRequest request, HttpServletResponse response)
			throws IOException, InterruptedException {
		Language language = Language.ofPage(lang);
		PackChoice choice;
		List<PackEntry> chosen;
		try {
			choice = PackChoice.of(request.getParameterMap(), Set.of());
		}
		catch (PackChoice.Invalid invalid) {
			return rejected(language, invalid.partial, "zip", Problem.UNKNOWN, response);
		}
		try {
			// always the public guide: a ZIP is shared and outlives any session
			chosen = choice.resolve(guide.packEntries(language, Viewer.anonymous()));
		}
		catch (PackChoice.Rejected rejected) {
			return rejected(language, choice, "zip", rejected.problem, response);
		}
		String onlineBase = site.publicUrl() != null ? site.publicUrl()
				: ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		List<String> paths = chosen.stream().map(e -> "/toolkit/" + e.categorySlug() + "/" + e.slug()).toList();
		Pack pack;
		try {
			pack = packs.pack(choice, language, paths, onlineBase)
				.get(offline.buildWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException e) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(OfflineCopyController.RETRY_AFTER_SECONDS));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			// the same page as the whole copy's, its "try again" leading back to this pack
			return new ModelAndView("delivery/offline-building", Map.of("retryUrl",
					"/" + language.code() + "/pack.zip?" + choice.query()));
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
		if (new ServletWebRequest(request, response).checkNotModified(pack.etag(), pack.builtAt().toEpochMilli())) {
			return null;
		}
		response.setContentType("application/zip");
		response.setContentLengthLong(pack.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(pack.fileName()).build().toString());
		if (!"HEAD".equals(request.getMethod())) {
			try (OutputStream out = response.getOutputStream()) {
				Files.copy(pack.file(), out);
			}
		}
		return null;
	}

	private ModelAndView rejected(Language language, PackChoice choice, String format, Problem problem,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return page(language, choice, format, problem);
	}

	private ModelAndView page(Language language, PackChoice choice, String format, Problem problem) {
		Viewer who = viewer.get();
		List<PackEntry> entries = guide.packEntries(language, who);
		Set<String> usedTypologies = new LinkedHashSet<>();
		entries.forEach(e -> usedTypologies.addAll(e.typologies()));
		List<String> typologies = CentreTags.TYPOLOGIES.stream().filter(usedTypologies::contains).toList();
		Map<String, List<PackEntry>> byCategory = new LinkedHashMap<>();
		entries.forEach(e -> byCategory.computeIfAbsent(e.categorySlug(), c -> new ArrayList<>()).add(e));
		List<CategoryChoices> categories = new ArrayList<>();
		for (CategoryCard card : guide.categories(language, who)) {
			List<PackEntry> in = byCategory.get(card.slug());
			if (in != null) {
				categories.add(new CategoryChoices(card, in));
			}
		}
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("phases", List.of(Phase.values()));
		page.addObject("typologies", typologies);
		page.addObject("categoryChoices", categories);
		page.addObject("choice", choice);
		page.addObject("format", format);
		page.addObject("problem", problem == null ? null : problem.key);
		page.addObject("mayReadStaff", policy.mayReadStaff(who));
		return page;
	}

	/** "Field pack · Set-up · Administration", or with the hand-picked entries' titles (a count past three). */
	private String title(PackChoice choice, List<PackEntry> chosen, Language language, Viewer who) {
		Locale locale = language.locale();
		List<String> parts = new ArrayList<>();
		parts.add(messages.getMessage("pack.title", null, locale));
		choice.phases().forEach(p -> parts.add(messages.getMessage("phase." + p, null, p, locale)));
		choice.typologies().forEach(t -> parts.add(messages.getMessage("typology." + t, null, t, locale)));
		if (!choice.categories().isEmpty()) {
			for (CategoryCard card : guide.categories(language, who)) {
				if (choice.categories().contains(card.slug())) {
					parts.add(card.title());
				}
			}
		}
		if (choice.entries().size() > 3) {
			parts.add(messages.getMessage("pack.title.entries", new Object[] { choice.entries().size() }, locale));
		}
		else {
			chosen.stream().filter(e -> choice.entries().contains(e.slug())).forEach(e -> parts.add(e.title()));
		}
		return String.join(" · ", parts);
	}

}
