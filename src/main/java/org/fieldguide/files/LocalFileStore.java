package org.fieldguide.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

import org.fieldguide.platform.FieldguideProperties;
import org.springframework.stereotype.Component;

/** Keeps files under {@code <data-dir>/files}, each under a random key, written atomically. */
@Component
class LocalFileStore implements FileStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}");

	private final Path root;

	LocalFileStore(FieldguideProperties properties) {
		this.root = properties.filesDir().toAbsolutePath().normalize();
	}

	@Override
	public String put(String fileName, InputStream content) throws IOException {
		String id = UUID.randomUUID().toString();
		String key = id.substring(0, 2) + "/" + id;
		Path target = pathOf(key);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(id + ".part");
		Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(pathOf(key));
	}

	@Override
	public boolean exists(String key) {
		return KEY.matcher(key).matches() && Files.isRegularFile(pathOf(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(pathOf(key));
	}

	private Path pathOf(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a file store key: " + key);
		}
		return root.resolve(key);
	}

}
