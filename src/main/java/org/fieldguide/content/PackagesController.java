package org.fieldguide.content;

import java.io.IOException;
import java.io.InputStream;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.files.UploadRejectedException;
import org.fieldguide.files.Uploads;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.PathLocaleResolver;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /{lang}/editor/packages}: editors and publishers download the guide (or a category) as a
 * content package; publishers upload one, see the dry run, then apply it. Works without JavaScript.
 * URL rules in the access module's SecurityConfig; the services check the roles again.
 */
@Controller
class PackagesController {

	private final ContentExport export;

	private final ContentImport contentImport;

	private final Uploads uploads;

	private final PendingPackages pending;

	private final GuideReader guide;

	private final CurrentViewer viewer;

	PackagesController(ContentExport export, ContentImport contentImport, Uploads uploads, PendingPackages pending,
			GuideReader guide, CurrentViewer viewer) {
		this.export = export;
		this.contentImport = contentImport;
		this.uploads = uploads;
		this.pending = pending;
		this.guide = guide;
		this.viewer = viewer;
	}

	@GetMapping({ "/editor/packages", "/editor/packages/" })
	String toLanguage(HttpServletRequest request) {
		return "redirect:/" + PathLocaleResolver.languageOf(request).code() + "/editor/packages";
	}

	@GetMapping("/{lang:[a-z]{2}}/editor/packages")
	String page(@PathVariable String lang, Model model) {
		return show(Language.ofPage(lang), model);
	}

	@GetMapping("/{lang:[a-z]{2}}/editor/packages/export")
	void download(@PathVariable String lang, @RequestParam(required = false) String category,
			HttpServletResponse response) throws IOException {
		Language.ofPage(lang);
		String scope = category == null || category.isBlank() ? null : category;
		String name = "fieldguide-" + (scope == null ? "" : scope + "-") + LocalDate.now(ZoneOffset.UTC) + ".zip";
		// checked before the response starts, so that a refusal is still an error page
		if (scope != null) {
			guide.categories(Language.SOURCE, viewer.get()).stream().filter(c -> c.slug().equals(scope)).findFirst()
				.orElseThrow(() -> new org.fieldguide.platform.NotFoundException("No category " + scope));
		}
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader("Cache-Control", "private, no-store");
		export.export(scope, viewer.get(), response.getOutputStream());
	}

	@PostMapping("/{lang:[a-z]{2}}/editor/packages/import")
	String check(@PathVariable String lang, @RequestParam(name = "package", required = false) MultipartFile upload,
			Model model, HttpServletResponse response) throws IOException {
		Language language = Language.ofPage(lang);
		if (upload == null || upload.isEmpty()) {
			return refuse(language, model, response, "packages.error.noFile", null, null);
		}
		String token = pending.newToken();
		Path kept = pending.pathOf(token);
		try (InputStream in = upload.getInputStream()) {
			uploads.acceptPackage(upload.getOriginalFilename(), in, kept);
			model.addAttribute("plan", contentImport.plan(PackageSource.zip(kept), viewer.get()));
			model.addAttribute("token", token);
			return show(language, model);
		}
		catch (UploadRejectedException e) {
			return refuse(language, model, response, e.messageKey(), e.arguments(), null);
		}
		catch (ContentPackageException e) {
			pending.remove(token);
			return refuse(language, model, response, "packages.error.invalid", null, e.getMessage());
		}
		catch (RuntimeException e) {
			pending.remove(token);
			throw e;
		}
	}

	@PostMapping("/{lang:[a-z]{2}}/editor/packages/import/{token:[0-9a-f]{32}}/apply")
	String apply(@PathVariable String lang, @PathVariable String token, Model model, HttpServletResponse response) {
		Language language = Language.ofPage(lang);
		Path kept = pending.find(token).orElse(null);
		if (kept == null) {
			return refuse(language, model, response, "packages.apply.expired", null, null);
		}
		try {
			model.addAttribute("plan", contentImport.apply(PackageSource.zip(kept), viewer.get()));
			pending.remove(token);
			return show(language, model);
		}
		catch (ContentPackageException e) {
			pending.remove(token);
			return refuse(language, model, response, "packages.error.invalid", null, e.getMessage());
		}
	}

	private String refuse(Language language, Model model, HttpServletResponse response, String messageKey,
			Object[] arguments, String detail) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("error", messageKey);
		model.addAttribute("errorArguments", arguments == null ? new Object[0] : arguments);
		model.addAttribute("errorDetail", detail);
		return show(language, model);
	}

	private String show(Language language, Model model) {
		Viewer current = viewer.get();
		model.addAttribute("categories", guide.categories(language, current));
		model.addAttribute("mayImport", current.has(Role.PUBLISHER));
		// after a POST, the language switcher leads to this page, not to the form's address
		model.addAttribute("languageLinks", org.fieldguide.platform.LanguageLink.forPath(
				"/" + language.code() + "/editor/packages", language, java.util.EnumSet.allOf(Language.class)));
		model.addAttribute("listedOutcomes", java.util.List.of(ImportPlan.Outcome.ADDED, ImportPlan.Outcome.CHANGED,
				ImportPlan.Outcome.NOT_IN_PACKAGE));
		model.addAttribute("maxMegabytes", Math.max(1, uploads.maxBytes() / (1024 * 1024)));
		return "content/packages";
	}

}
