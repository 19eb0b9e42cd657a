package org.fieldguide.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fieldguide.platform.FieldguideProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Uploaded packages between the dry run and "Apply", under {@code <data-dir>/packages-pending} with a
 * random token as the name: the page round trip carries only the token, and the package that is applied
 * is the one that was checked. A package is removed when applied, or after an hour.
 */
@Component
class PendingPackages {

	static final Duration KEEP = Duration.ofHours(1);

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");

	private static final Logger log = LoggerFactory.getLogger(PendingPackages.class);

	private final SecureRandom random = new SecureRandom();

	private final Path folder;

	PendingPackages(FieldguideProperties properties) {
		this.folder = properties.dataDir().resolve("packages-pending");
	}

	String newToken() {
		removeExpired();
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	Path pathOf(String token) {
		if (!TOKEN.matcher(token).matches()) {
			throw new IllegalArgumentException("Not a package token");
		}
		return folder.resolve(token + ".zip");
	}

	/** The package kept under this token, if it is there and not expired. */
	Optional<Path> find(String token) {
		if (!TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		Path path = pathOf(token);
		return Files.isRegularFile(path) && !expired(path) ? Optional.of(path) : Optional.empty();
	}

	void remove(String token) {
		if (TOKEN.matcher(token).matches()) {
			delete(pathOf(token));
		}
	}

	private void removeExpired() {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(this::expired).forEach(PendingPackages::delete);
		}
		catch (IOException e) {
			log.warn("Could not look for expired packages in {}", folder, e);
		}
	}

	private boolean expired(Path path) {
		try {
			return Files.getLastModifiedTime(path).toInstant().isBefore(Instant.now().minus(KEEP));
		}
		catch (IOException e) {
			return true;
		}
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			log.warn("Could not remove the pending package {}", path, e);
		}
	}

}
