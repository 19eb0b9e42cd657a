package org.fieldguide.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideViews.DownloadableFile;
import org.fieldguide.platform.NotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /files/{resource}/{lang}/{file name}}: a resource's file in one language. The guide is asked
 * for the file with the current viewer, so the visibility policy decides; anything the viewer may not
 * read is refused as the policy says: an anonymous visitor is sent to sign in, a signed-in account
 * without the right gets 403. Who may keep a copy is set by the access module's cache headers.
 */
@Controller
class DownloadController {

	private final GuideReader guide;

	private final FileStore store;

	private final CurrentViewer viewer;

	DownloadController(GuideReader guide, FileStore store, CurrentViewer viewer) {
		this.guide = guide;
		this.store = store;
		this.viewer = viewer;
	}

	@GetMapping("/files/{resource}/{lang}/{fileName}")
	ResponseEntity<InputStreamResource> download(@PathVariable String resource, @PathVariable String lang,
			@PathVariable String fileName) throws IOException {
		DownloadableFile file = guide.file(resource, lang, viewer.get())
			.filter(f -> f.fileName().equals(fileName))
			.filter(f -> store.exists(f.storageKey()))
			.orElseThrow(() -> new NotFoundException("No file " + resource + "/" + lang + "/" + fileName));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.sizeBytes())
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(store.open(file.storageKey())));
	}

}
