package org.fieldguide.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The translation dashboard of one language, XLIFF export of the entries ticked there (a GET form, so it
 * works without JavaScript and can be bookmarked) and XLIFF import with its report.
 */
@Controller
@RequestMapping("/{lang:[a-z]{2}}/editor/translations/{tl:[a-z]{2}}")
class TranslationsController {

	/**
	 * Well above the whole starter guide as XLIFF (measured 373 KB: 35 entries, 675 units) and far below
	 * what could hurt the server; Spring's own multipart limit (1 MB) stops anything larger before this.
	 */
	static final long MAX_UPLOAD_BYTES = 1_000_000;

	private final TranslationDashboard dashboard;

	private final XliffExport export;

	private final XliffImport importer;

	private final CurrentViewer viewer;

	TranslationsController(TranslationDashboard dashboard, XliffExport export, XliffImport importer,
			CurrentViewer viewer) {
		this.dashboard = dashboard;
		this.export = export;
		this.importer = importer;
		this.viewer = viewer;
	}

	@GetMapping
	String dashboard(@PathVariable String lang, @PathVariable String tl, Model model) {
		model.addAttribute("board", dashboard.of(target(tl), Language.ofPage(lang), viewer.get()));
		model.addAttribute("maxKb", MAX_UPLOAD_BYTES / 1000);
		return "editorial/translations";
	}

	@GetMapping("/xliff")
	Object exportFile(@PathVariable String lang, @PathVariable String tl,
			@RequestParam(name = "entry", required = false) List<String> entries, Model model,
			HttpServletResponse response) {
		Language target = target(tl);
		if (entries == null || entries.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("exportProblem", "translations.export.none");
			return dashboard(lang, tl, model);
		}
		byte[] xliff = export.export(entries, target, viewer.get());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xliff+xml;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(XliffExport.fileName(target)).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(xliff);
	}

	@PostMapping("/import")
	String importFile(@PathVariable String lang, @PathVariable String tl,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		Language target = target(tl);
		XliffImport.Report report;
		if (file == null || file.isEmpty()) {
			report = refused(target, "no-file", "");
		}
		else if (file.getSize() > MAX_UPLOAD_BYTES) {
			report = refused(target, "too-large", Long.toString(MAX_UPLOAD_BYTES / 1000));
		}
		else {
			try (InputStream in = file.getInputStream()) {
				report = importer.importFile(name(file), in, target, viewer.get());
			}
			catch (EditConflictException conflict) {
				// saved by someone else between the checks and the write: nothing was applied (one transaction)
				report = refused(target, "conflict", conflict.newer().entrySlug());
			}
		}
		if (!report.accepted()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("report", report);
		model.addAttribute("tl", target);
		return "editorial/xliff-report";
	}

	private static XliffImport.Report refused(Language target, String code, String detail) {
		return new XliffImport.Report("", target, List.of(), List.of(), List.of(),
				List.of(new XliffImport.Problem(0, null, null, code, detail)));
	}

	/** The original name only as a label in comments: its last path part, without control characters, short. */
	private static String name(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "upload.xlf" : file.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "");
		return name.length() > 80 ? name.substring(0, 80) : name;
	}

	private static Language target(String code) {
		Language language = EditController.content(code);
		if (language == Language.SOURCE) {
			throw new NotFoundException("English is the source language");
		}
		return language;
	}

}
