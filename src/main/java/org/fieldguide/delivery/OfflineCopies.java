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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 * The downloadable offline copies of the whole guide, one ZIP per language, kept under
 * {@code <data-dir>/offline/<lang>-<version>.zip}. A copy is built once per language and
 * {@link GuideVersion} number, in the background on one thread (builds are heavy and rare), when it is
 * first asked for after the guide changed; older copies of that language are then deleted. Copies left
 * by an earlier run are deleted on start, because version numbers start again at 1.
 */
@Service
public class OfflineCopies {

	private static final Logger log = LoggerFactory.getLogger(OfflineCopies.class);

	/** A built copy: its file, size, strong ETag (a hash of the bytes) and when it was built. */
	public record Copy(Language language, long version, Path file, long size, String etag, Instant builtAt,
			LocalDate date) {

		public String fileName() {
			return "fieldguide-" + language.code() + "-" + date + ".zip";
		}

	}

	private record Key(Language language, long version) {
	}

	private final OfflineCopyBuilder builder;

	private final GuideVersion version;

	private final Path folder;

	private final Map<Language, Copy> ready = new ConcurrentHashMap<>();

	private final Map<Key, CompletableFuture<Copy>> building = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform()
		.name("offline-copy")
		.daemon(true)
		.factory());

	private final AtomicInteger builds = new AtomicInteger();

	/** Languages whose copy has been asked for, with the address it links to: rebuilt after each change. */
	private final Map<Language, String> wanted = new ConcurrentHashMap<>();

	private final java.util.concurrent.ScheduledExecutorService rebuildTimer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("offline-copy-timer").daemon(true).factory());

	private final java.time.Duration rebuildDelay;

	private java.util.concurrent.ScheduledFuture<?> pendingRebuild;

	private final org.springframework.context.ApplicationEventPublisher events;

	OfflineCopies(OfflineCopyBuilder builder, GuideVersion version, FieldguideProperties properties,
			OfflineProperties offline, org.springframework.context.ApplicationEventPublisher events) throws IOException {
		this.events = events;
		this.rebuildDelay = offline.rebuildDelay();
		this.builder = builder;
		this.version = version;
		this.folder = properties.dataDir().resolve("offline");
		Files.createDirectories(folder);
		try (Stream<Path> old = Files.list(folder)) {
			for (Path file : old.toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	/** The copy of the guide as it is now, if it has been built already. */
	public Optional<Copy> ready(Language language) {
		Copy copy = ready.get(language);
		return copy != null && copy.version() == version.current().number() ? Optional.of(copy) : Optional.empty();
	}

	/**
	 * The copy of the guide as it is now: at once when it is built, otherwise when the (single) build of
	 * this language and version has finished.
	 *
	 * @param onlineBase the public address of the guide, for the copy's links to newer content
	 */
	CompletableFuture<Copy> copy(Language language, String onlineBase) {
		wanted.put(language, onlineBase);
		Optional<Copy> now = ready(language);
		if (now.isPresent()) {
			return CompletableFuture.completedFuture(now.get());
		}
		Key key = new Key(language, version.current().number());
		CompletableFuture<Copy> fresh = new CompletableFuture<>();
		CompletableFuture<Copy> running = building.putIfAbsent(key, fresh);
		if (running != null) {
			return running;
		}
		executor.execute(() -> {
			try {
				fresh.complete(build(key, onlineBase));
			}
			catch (RuntimeException e) {
				log.error("Offline copy {} could not be built", language.code(), e);
				fresh.completeExceptionally(e);
			}
			finally {
				building.remove(key, fresh);
			}
		});
		return fresh;
	}

	/**
	 * After a committed change, the copies people have asked for are rebuilt in the background, so that
	 * the next reader gets the new copy at once instead of waiting for it. A burst of changes (an import,
	 * a publishing session) leads to one rebuild, {@code fieldguide.offline.rebuild-delay} after the first.
	 */
	@org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
	synchronized void guideChanged(org.fieldguide.guide.GuideChanged event) {
		if (wanted.isEmpty() || (pendingRebuild != null && !pendingRebuild.isDone())) {
			return;
		}
		pendingRebuild = rebuildTimer.schedule(() -> wanted.forEach(this::copy), rebuildDelay.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** How many copies have been built since start, for tests and logs. */
	int builds() {
		return builds.get();
	}

	private Copy build(Key key, String onlineBase) {
		Optional<Copy> now = ready(key.language());
		if (now.isPresent() && now.get().version() >= key.version()) {
			return now.get();
		}
		long started = System.nanoTime();
		Instant builtAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		LocalDate date = LocalDate.ofInstant(builtAt, ZoneOffset.UTC);
		Path target = folder.resolve(key.language().code() + "-" + key.version() + ".zip");
		try {
			Path partial = Files.createTempFile(folder, key.language().code() + "-", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
				builder.build(OfflineSelection.wholeGuide(key.language()), onlineBase, date, out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			String etag = "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
			Copy copy = new Copy(key.language(), key.version(), target, Files.size(target), etag, builtAt, date);
			ready.put(key.language(), copy);
			events.publishEvent(new OfflineCopyReady(key.language()));
			builds.incrementAndGet();
			deleteOlder(copy);
			log.info("Offline copy {} version {} built in {} ms, {} bytes", key.language().code(), key.version(),
					(System.nanoTime() - started) / 1_000_000, copy.size());
			return copy;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private void deleteOlder(Copy copy) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(copy.language().code() + "-") && !file.equals(copy.file())) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
