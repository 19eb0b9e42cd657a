package org.fieldguide.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.fieldguide.access.Viewer;
import org.fieldguide.files.FileStore;
import org.fieldguide.guide.GuideContent;
import org.fieldguide.guide.GuideSnapshot;
import org.springframework.stereotype.Service;

/**
 * Exports the published guide — or one category and the resources attached to it — as a content
 * package ZIP (format 1), staff content, resource files and (for the whole guide) the training manual included. Editors and publishers only: the
 * guide checks the role when it hands out everything.
 */
@Service
public class ContentExport {

	private final GuideContent guide;

	private final FileStore files;

	private final org.fieldguide.training.ManualExport manual;

	ContentExport(GuideContent guide, FileStore files, org.fieldguide.training.ManualExport manual) {
		this.guide = guide;
		this.files = files;
		this.manual = manual;
	}

	/** What an export wrote. */
	public record Summary(int categories, int entries, int resources, int files) {
	}

	/**
	 * Writes the package to {@code out} (not closed).
	 *
	 * @param category a category slug, or {@code null} for the whole guide
	 */
	public Summary export(String category, Viewer viewer, OutputStream out) throws IOException {
		GuideSnapshot snapshot = category == null ? guide.all(viewer) : guide.category(category, viewer);
		String title = category == null ? "Fieldguide export" : "Fieldguide export: " + category;
		// the training manual goes with the whole guide; a category package cannot carry it, since its
		// sessions name entries of every category
		org.fieldguide.training.ManualSnapshot manual = category == null ? this.manual.snapshot(viewer)
				: new org.fieldguide.training.ManualSnapshot(List.of());
		new PackageWriter().write(snapshot, manual, title, this::read, out);
		int fileCount = snapshot.resources().stream().mapToInt(r -> r.files().size()).sum();
		return new Summary(snapshot.categories().size(), snapshot.entries().size(), snapshot.resources().size(),
				fileCount);
	}

	private byte[] read(String key) throws IOException {
		try (InputStream in = files.open(key)) {
			return in.readAllBytes();
		}
	}

}
