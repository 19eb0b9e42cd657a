package org.fieldguide.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.fieldguide.platform.FieldguideProperties;
import org.springframework.stereotype.Service;

/**
 * The one way an uploaded file gets in: at most {@code fieldguide.uploads.max-size}, a type on the
 * allow-list as detected from the bytes (Apache Tika) and agreeing with the extension, and a sanitised
 * name. The bytes are first written to a temporary file under the data directory, which is always
 * removed; a rejected upload leaves nothing behind.
 */
@Service
public class Uploads {

	/** An accepted upload, now in the {@link FileStore}. */
	public record Accepted(String storageKey, String fileName, String mediaType, long sizeBytes) {
	}

	private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

	private static final int MAX_NAME = 100;

	private final FileStore store;

	private final long maxBytes;

	private final Path temporary;

	/** Made on first use, as in {@link FileText}: setting Tika up takes seconds. */
	private volatile Tika tika;

	Uploads(FileStore store, UploadProperties uploads, FieldguideProperties properties) {
		this.store = store;
		this.maxBytes = uploads.maxSize().toBytes();
		this.temporary = properties.dataDir().resolve("uploads-tmp");
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** Checks a document or picture and puts it in the file store. */
	public Accepted accept(String originalName, InputStream content) {
		return withChecked(originalName, content, UploadTypes.DOCUMENTS, (name, type, file, size) -> {
			try (InputStream in = Files.newInputStream(file)) {
				return new Accepted(store.put(name, in), name, type, size);
			}
		});
	}

	/** Checks a content package ZIP and moves it to {@code target} (not into the file store). */
	public Accepted acceptPackage(String originalName, InputStream content, Path target) {
		return withChecked(originalName, content, UploadTypes.PACKAGE, (name, type, file, size) -> {
			Files.createDirectories(target.getParent());
			Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
			return new Accepted(null, name, type, size);
		});
	}

	private interface Keep {

		Accepted keep(String name, String mediaType, Path file, long size) throws IOException;

	}

	private Accepted withChecked(String originalName, InputStream content, Map<String, UploadTypes.Type> allowed, Keep keep) {
		String name = sanitise(originalName);
		String extension = name.substring(name.lastIndexOf('.') + 1);
		UploadTypes.Type type = allowed.get(extension);
		if (type == null) {
			throw new UploadRejectedException("upload.rejected.type", "files of type ." + extension
					+ " are not accepted; accepted are " + new TreeSet<>(allowed.keySet()), extension,
					String.join(", ", new TreeSet<>(allowed.keySet())));
		}
		Path file = null;
		try {
			Files.createDirectories(temporary);
			file = Files.createTempFile(temporary, "upload-", ".part");
			long size = copyAtMost(content, file);
			if (size == 0) {
				throw new UploadRejectedException("upload.rejected.empty", "the file is empty");
			}
			String detected = detect(file);
			if (!type.detected().contains(detected)) {
				throw new UploadRejectedException("upload.rejected.mismatch", "the file's content (" + detected
						+ ") is not what its name ." + extension + " says", extension);
			}
			return keep.keep(name, type.mediaType(), file, size);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not keep an upload", e);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// the temporary folder is only ours; a left-over part file is harmless
				}
			}
		}
	}

	private long copyAtMost(InputStream content, Path file) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int n; (n = content.read(buffer)) > 0;) {
				total += n;
				if (total > maxBytes) {
					throw new UploadRejectedException("upload.rejected.size", "the file is larger than the limit of "
							+ maxBytes / (1024 * 1024) + " MB", Math.max(1, maxBytes / (1024 * 1024)));
				}
				out.write(buffer, 0, n);
			}
		}
		return total;
	}

	/** The type from the bytes alone: the name is not given to Tika, so it cannot be fooled by it. */
	private String detect(Path file) throws IOException {
		try (TikaInputStream in = TikaInputStream.get(file)) {
			return tika().detect(in, new Metadata());
		}
	}

	/**
	 * A safe, readable ASCII name with its extension: no folders, no control characters, no names that
	 * Windows reserves, at most 100 characters before the extension.
	 */
	public static String sanitise(String original) {
		if (original == null || original.isBlank()) {
			throw new UploadRejectedException("upload.rejected.name", "the file has no name");
		}
		if (original.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x7f)) {
			throw new UploadRejectedException("upload.rejected.name", "the file name contains control characters");
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (!extension.matches("[a-z0-9]{1,10}")) {
			throw new UploadRejectedException("upload.rejected.name", "the file name has no extension such as .pdf");
		}
		String base = Normalizer.normalize(name.substring(0, dot), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replaceAll("[^A-Za-z0-9._-]+", "-")
			.replaceAll("-{2,}", "-")
			.replaceAll("^[-._]+|[-._]+$", "");
		if (base.length() > MAX_NAME) {
			base = base.substring(0, MAX_NAME).replaceAll("[-._]+$", "");
		}
		if (base.isEmpty()) {
			base = "file";
		}
		if (RESERVED.matcher(base.contains(".") ? base.substring(0, base.indexOf('.')) : base).matches()) {
			base = base + "-file";
		}
		return base + "." + extension;
	}

	private Tika tika() {
		Tika made = tika;
		if (made == null) {
			synchronized (this) {
				made = tika;
				if (made == null) {
					made = new Tika();
					tika = made;
				}
			}
		}
		return made;
	}

}
