package org.fieldguide.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses a prepared response once, so that it can be sent many times: gzip always, Brotli where its
 * native library loads on this platform. Also picks the coding a request accepts.
 */
final class Compression {

	private static final Logger log = LoggerFactory.getLogger(Compression.class);

	/** Quality 9 of 11: close to the best size, still a few milliseconds for a page. */
	private static final int BROTLI_QUALITY = 9;

	static final boolean BROTLI = brotliLoads();

	private Compression() {
	}

	private static boolean brotliLoads() {
		try {
			Brotli4jLoader.ensureAvailability();
			return true;
		}
		catch (Throwable e) {
			log.info("Brotli is not available on this platform ({}); prepared pages are sent with gzip",
					e.toString());
			return false;
		}
	}

	static byte[] gzip(byte[] plain) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(plain);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The Brotli form, or null where Brotli is not available. */
	static byte[] brotli(byte[] plain) {
		if (!BROTLI) {
			return null;
		}
		try {
			return Encoder.compress(plain, new Encoder.Parameters().setQuality(BROTLI_QUALITY));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Whether an {@code Accept-Encoding} header accepts a coding: named with a q-value above 0, or not named
	 * and covered by a {@code *} above 0.
	 */
	static boolean accepts(String acceptEncoding, String coding) {
		if (acceptEncoding == null) {
			return false;
		}
		Boolean wildcard = null;
		for (String part : acceptEncoding.split(",")) {
			String[] pieces = part.split(";");
			String name = pieces[0].trim().toLowerCase(Locale.ROOT);
			boolean accepted = qualityOf(pieces) > 0;
			if (name.equals(coding)) {
				return accepted;
			}
			if (name.equals("*")) {
				wildcard = accepted;
			}
		}
		return Boolean.TRUE.equals(wildcard);
	}

	private static double qualityOf(String[] pieces) {
		for (int i = 1; i < pieces.length; i++) {
			String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2));
				}
				catch (NumberFormatException e) {
					return 0;
				}
			}
		}
		return 1;
	}

}
