package org.fieldguide.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.files.FileStore;
import org.fieldguide.files.UploadRejectedException;
import org.fieldguide.files.Uploads;
import org.fieldguide.guide.CategoriesAndResources;
import org.fieldguide.guide.CategoriesAndResources.FileRef;
import org.fieldguide.guide.CategoriesAndResources.ResourceState;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resource's file per language (upload, replace, remove) and its history. Every upload goes through
 * {@link Uploads}; a refused one shows the edit page again with the reason and changes nothing. A replaced
 * or removed file stays in the file store: older revisions point to it, and restoring one brings it back.
 */
@Controller
@RequestMapping("/{lang:[a-z]{2}}/editor/resources/{slug}")
class ResourceFileController {

	private final CategoriesAndResources guide;

	private final StructureRevisions revisions;

	private final Uploads uploads;

	private final FileStore store;

	private final ResourceController pages;

	private final CurrentViewer viewer;

	ResourceFileController(CategoriesAndResources guide, StructureRevisions revisions, Uploads uploads, FileStore store,
			ResourceController pages, CurrentViewer viewer) {
		this.guide = guide;
		this.revisions = revisions;
		this.uploads = uploads;
		this.store = store;
		this.pages = pages;
		this.viewer = viewer;
	}

	@PostMapping("/files")
	String upload(@PathVariable String lang, @PathVariable String slug, @RequestParam("tl") String tl,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		ResourceState resource = guide.resource(slug, viewer.get());
		Language language = Language.ofPage(tl);
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return pages.page(ResourceForm.of(resource), resource, List.of("catalogue.error.noFile"), model);
		}
		Uploads.Accepted accepted;
		try (InputStream in = file.getInputStream()) {
			accepted = uploads.accept(file.getOriginalFilename(), in);
		}
		catch (UploadRejectedException rejected) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("uploadError", rejected);
			return pages.page(ResourceForm.of(resource), resource, List.of(), model);
		}
		Map<Language, FileRef> files = new EnumMap<>(Language.class);
		files.putAll(resource.files());
		files.put(language, new FileRef(accepted.fileName(), accepted.mediaType(), accepted.sizeBytes(),
				accepted.storageKey()));
		try {
			revisions.saveResource(with(resource, files), false, comment, viewer.get());
		}
		catch (RuntimeException failed) {
			// the change did not commit: the new file belongs to nothing
			store.delete(accepted.storageKey());
			throw failed;
		}
		redirect.addFlashAttribute("done", "catalogue.done.fileSaved");
		return "redirect:/" + lang + "/editor/resources/" + slug;
	}

	@PostMapping("/files/{tl:[a-z]{2}}/remove")
	String remove(@PathVariable String lang, @PathVariable String slug, @PathVariable String tl,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		ResourceState resource = guide.resource(slug, viewer.get());
		Map<Language, FileRef> files = new EnumMap<>(Language.class);
		files.putAll(resource.files());
		if (files.remove(Language.ofPage(tl)) != null) {
			revisions.saveResource(with(resource, files), false, comment, viewer.get());
			redirect.addFlashAttribute("done", "catalogue.done.fileRemoved");
		}
		return "redirect:/" + lang + "/editor/resources/" + slug;
	}

	@GetMapping("/history")
	String history(@PathVariable String lang, @PathVariable String slug, Model model) {
		return StructureHistory.history(model, guide.resource(slug, viewer.get()).title(Language.ofPage(lang)),
				"/" + lang + "/editor/resources/" + slug, revisions.resourceHistory(slug, viewer.get()));
	}

	@GetMapping("/diff")
	String diff(@PathVariable String lang, @PathVariable String slug, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		StructureHistory.Pair pair = StructureHistory.pair(revisions.resourceHistory(slug, viewer.get()), from, to);
		return StructureHistory.diff(model, guide.resource(slug, viewer.get()).title(Language.ofPage(lang)),
				"/" + lang + "/editor/resources/" + slug, pair,
				StructureLines.of(revisions.resourceAt(slug, pair.from(), viewer.get())),
				StructureLines.of(revisions.resourceAt(slug, pair.to(), viewer.get())));
	}

	@PostMapping("/revisions/{number}/restore")
	String restore(@PathVariable String lang, @PathVariable String slug, @PathVariable int number,
			RedirectAttributes redirect) {
		revisions.restoreResource(slug, number, viewer.get());
		redirect.addFlashAttribute("done", "catalogue.done.restored");
		return "redirect:/" + lang + "/editor/resources/" + slug + "/history";
	}

	private static ResourceState with(ResourceState r, Map<Language, FileRef> files) {
		return new ResourceState(r.slug(), r.type(), r.visibility(), r.publisher(), r.year(), r.link(), r.entries(),
				r.texts(), Map.copyOf(files));
	}

}
