package org.fieldguide.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.fieldguide.guide.GuideVersion;
import org.fieldguide.platform.FieldguideProperties;
import org.fieldguide.platform.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Field packs as offline ZIPs, built on demand through {@link OfflineCopyBuilder} (always as an anonymous
 * reader sees the guide) and kept under {@code <data-dir>/packs/}, one file per canonical choice,
 * language and guide version. At most {@link #MAX_PACKS} are kept: the least recently used is deleted
 * when another is built. Builds run one at a time on their own thread, so a pack never waits behind a
 * whole-guide copy.
 */
@Service
class FieldPacks {

	private static final Logger log = LoggerFactory.getLogger(FieldPacks.class);

	static final int MAX_PACKS = 20;

	/** A built pack: same fields as a whole-guide copy. */
	record Pack(Path file, long size, String etag, Instant builtAt, LocalDate date, Language language) {

		String fileName() {
			return "fieldguide-pack-" + language.code() + "-" + date + ".zip";
		}

	}

	private record Key(String query, Language language, long version) {
	}

	private final OfflineCopyBuilder builder;

	private final GuideVersion version;

	private final Path folder;

	/** Built packs, least recently used first. */
	private final Map<Key, Pack> ready = new LinkedHashMap<>(16, 0.75f, true);

	private final Map<Key, CompletableFuture<Pack>> building = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform()
		.name("field-pack")
		.daemon(true)
		.factory());

	private final AtomicInteger builds = new AtomicInteger();

	FieldPacks(OfflineCopyBuilder builder, GuideVersion version, FieldguideProperties properties) throws IOException {
		this.builder = builder;
		this.version = version;
		this.folder = properties.dataDir().resolve("packs");
		Files.createDirectories(folder);
		try (Stream<Path> old = Files.list(folder)) {
			for (Path file : old.toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	/**
	 * The pack of these entries as the guide is now: at once when built, otherwise when its (single) build
	 * has finished.
	 *
	 * @param query the canonical choice, naming the pack
	 * @param entryPaths the chosen entries' paths after the language, as resolved for an anonymous reader
	 */
	CompletableFuture<Pack> pack(PackChoice choice, Language language, List<String> entryPaths, String onlineBase) {
		Key key = new Key(choice.query(), language, version.current().number());
		synchronized (ready) {
			Pack pack = ready.get(key);
			if (pack != null && Files.exists(pack.file())) {
				return CompletableFuture.completedFuture(pack);
			}
		}
		CompletableFuture<Pack> fresh = new CompletableFuture<>();
		CompletableFuture<Pack> running = building.putIfAbsent(key, fresh);
		if (running != null) {
			return running;
		}
		executor.execute(() -> {
			try {
				fresh.complete(build(key, choice, entryPaths, onlineBase));
			}
			catch (RuntimeException e) {
				log.error("Field pack {} {} could not be built", language.code(), key.query(), e);
				fresh.completeExceptionally(e);
			}
			finally {
				building.remove(key, fresh);
			}
		});
		return fresh;
	}

	int builds() {
		return builds.get();
	}

	/** How many packs are on disk now. */
	int kept() {
		synchronized (ready) {
			return ready.size();
		}
	}

	private Pack build(Key key, PackChoice choice, List<String> entryPaths, String onlineBase) {
		long started = System.nanoTime();
		Instant builtAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		LocalDate date = LocalDate.ofInstant(builtAt, ZoneOffset.UTC);
		String id = choice.id();
		Path target = folder.resolve(key.language().code() + "-" + key.version() + "-" + id + "-"
				+ Integer.toHexString(key.hashCode()) + ".zip");
		try {
			Path partial = Files.createTempFile(folder, "pack-", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
				builder.build(OfflineSelection.pack(key.language(), id, entryPaths), onlineBase, date, out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			String etag = "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
			Pack pack = new Pack(target, Files.size(target), etag, builtAt, date, key.language());
			builds.incrementAndGet();
			synchronized (ready) {
				ready.put(key, pack);
				var it = ready.entrySet().iterator();
				while (it.hasNext()) {
					var old = it.next();
					if (!old.getKey().equals(key)
							&& (old.getKey().version() < key.version() || ready.size() > MAX_PACKS)) {
						Files.deleteIfExists(old.getValue().file());
						it.remove();
					}
				}
			}
			log.info("Field pack {} ({} entries) built in {} ms, {} bytes", key.language().code(), entryPaths.size(),
					(System.nanoTime() - started) / 1_000_000, pack.size());
			return pack;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
