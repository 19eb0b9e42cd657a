package org.fieldguide.delivery;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.fieldguide.guide.GuideVersion;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Component;

/**
 * Built PDFs, kept until the guide changes. A PDF is the same for everyone in one visibility class
 * (public readers, or those who may read staff content), so it is keyed by that class and never by
 * the person; the guide's version is part of the key, so a change makes every older copy unreachable,
 * and older copies are dropped as soon as a newer version is built. Bounded by total size.
 */
@Component
class PdfCache {

	/** What was asked for ("guide", "category:x", "entry:x/y"), in which language, for which class. */
	record Key(String what, Language language, boolean staff, long version, String siteUrl) {
	}

	/** @param etag a strong validator: a hash of the bytes */
	record Built(byte[] bytes, String etag, Instant lastModified) {
	}

	private static final long MAX_BYTES = 64L * 1024 * 1024;

	/**
	 * Futures, so that a PDF is built once however many ask for it at the same time, on the asking
	 * request's thread and outside the map's locks (a whole guide takes seconds).
	 */
	private final AsyncCache<Key, Built> cache = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((Key key, Built built) -> built.bytes().length)
		.buildAsync();

	private final GuideVersion version;

	private final LongAdder builds = new LongAdder();

	PdfCache(GuideVersion version) {
		this.version = version;
	}

	/** The cached PDF, or one built now; exceptions of {@code build} (not found, refusal) are not cached. */
	Built get(String what, Language language, boolean staff, String siteUrl, Supplier<byte[]> build) {
		GuideVersion.Stamp stamp = version.current();
		Key key = new Key(what, language, staff, stamp.number(), siteUrl);
		CompletableFuture<Built> mine = new CompletableFuture<>();
		CompletableFuture<Built> existing = cache.asMap().putIfAbsent(key, mine);
		if (existing == null) {
			cache.asMap().keySet().removeIf(old -> old.version() < key.version());
			try {
				mine.complete(built(build, stamp));
			}
			catch (RuntimeException | Error ex) {
				// a failed future leaves the cache by itself
				mine.completeExceptionally(ex);
				throw ex;
			}
			return mine.join();
		}
		try {
			return existing.join();
		}
		catch (CompletionException ex) {
			// someone else's build failed (not found, or refused to that viewer): this viewer gets their own answer
			return built(build, stamp);
		}
	}

	private Built built(Supplier<byte[]> build, GuideVersion.Stamp stamp) {
		byte[] bytes = build.get();
		builds.increment();
		return new Built(bytes, "\"" + sha256(bytes) + "\"", stamp.changedAt());
	}

	/** How many PDFs were built since start: a cache hit builds none. */
	long builds() {
		return builds.sum();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
