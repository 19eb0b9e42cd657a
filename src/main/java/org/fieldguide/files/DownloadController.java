package org.fieldguide.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideViews.DownloadableFile;
import org.fieldguide.platform.NotFoundException;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

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

	/**
	 * A stored file never changes under its key (a new version gets a new key), so the key is a strong
	 * ETag. Range requests (resuming a large download on a weak link) are answered with {@code 206} by
	 * Spring MVC from the {@link Resource}.
	 */
	@GetMapping("/files/{resource}/{lang}/{fileName}")
	ResponseEntity<Resource> download(@PathVariable String resource, @PathVariable String lang,
			@PathVariable String fileName, WebRequest request) {
		DownloadableFile file = guide.file(resource, lang, viewer.get())
			.filter(f -> f.fileName().equals(fileName))
			.filter(f -> store.exists(f.storageKey()))
			.orElseThrow(() -> new NotFoundException("No file " + resource + "/" + lang + "/" + fileName));
		String etag = "\"" + file.storageKey().substring(file.storageKey().indexOf('/') + 1) + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("Accept-Ranges", "bytes")
			.body(new StoredFile(store, file));
	}

	/** A stored file as a {@link Resource} that can be opened more than once, as ranges need. */
	private static final class StoredFile extends AbstractResource {

		private final FileStore store;

		private final DownloadableFile file;

		StoredFile(FileStore store, DownloadableFile file) {
			this.store = store;
			this.file = file;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return store.open(file.storageKey());
		}

		@Override
		public long contentLength() {
			return file.sizeBytes();
		}

		@Override
		public String getFilename() {
			return file.fileName();
		}

		@Override
		public String getDescription() {
			return "stored file " + file.storageKey();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof StoredFile that && that.file.storageKey().equals(file.storageKey());
		}

		@Override
		public int hashCode() {
			return file.storageKey().hashCode();
		}

	}

}
