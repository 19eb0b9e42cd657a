package org.fieldguide.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Rules a new local password must meet, in the spirit of NIST SP 800-63B: a minimum length and a list of
 * passwords known to be common, rather than composition rules ("one capital, one digit, one symbol") and
 * forced periodic changes. Composition rules mostly produce predictable patterns such as
 * {@code Password1!} and push people towards writing passwords down, while length and a blocklist stop
 * the guesses an attacker actually tries first. Long passphrases of ordinary words are therefore welcome.
 * <p>
 * The blocklist is {@code access/common-passwords.txt} on the classpath (see its header for source and
 * licence), read once when the policy is created. A password is refused as common when it is on the list
 * either as typed (case ignored) or once the digits, punctuation and other non-letters at its start and
 * end are removed, so {@code Password1234!} counts as {@code password}; a single character repeated and a
 * plain run such as {@code 123456789012} or {@code abcdefghijkl} are refused too.
 * <p>
 * The upper limit exists because bcrypt reads at most 72 bytes of a password: a longer one is refused
 * rather than silently cut, so that what the person typed is exactly what protects the account.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
	public static final int MAX_BYTES = 72;

	/** Personal words shorter than this are too likely to occur by chance to be refused. */
	static final int MIN_PERSONAL_WORD = 4;

	/** A core left after stripping shorter than this is not judged as a repetition or a run. */
	private static final int MIN_PATTERN_CORE = 4;

	private static final String LIST = "/access/common-passwords.txt";

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = load();
	}

	/** The first rule the password breaks, as a message key, or empty when it is acceptable. */
	public Optional<String> check(String password, String... personalWords) {
		if (password == null || password.isBlank()) {
			return Optional.of("password.required");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String core = core(lower);
		// a listed word padded with digits or symbols ("dragon123456") is as weak as the word; a core of two or
		// three letters between random symbols is not what makes a password
		boolean weakCore = core.length() >= 4 && common.contains(core);
		if (common.contains(lower) || weakCore || isPattern(lower)
				|| (core.codePointCount(0, core.length()) >= MIN_PATTERN_CORE && isPattern(core))) {
			return Optional.of("password.common");
		}
		if (personalWords != null) {
			for (String word : personalWords) {
				if (word == null) {
					continue;
				}
				String personal = word.strip().toLowerCase(Locale.ROOT);
				if (personal.codePointCount(0, personal.length()) >= MIN_PERSONAL_WORD && lower.contains(personal)) {
					return Optional.of("password.personal");
				}
			}
		}
		return Optional.empty();
	}

	/** The password without the non-letters (digits, punctuation, spaces, symbols) at its start and end. */
	static String core(String password) {
		int start = 0;
		int end = password.length();
		while (start < end && !Character.isLetter(password.codePointAt(start))) {
			start += Character.charCount(password.codePointAt(start));
		}
		while (end > start && !Character.isLetter(password.codePointBefore(end))) {
			end -= Character.charCount(password.codePointBefore(end));
		}
		return password.substring(start, end);
	}

	/** Whether the text is one character repeated, or a run up or down such as 0123456789 or zyxw. */
	static boolean isPattern(String text) {
		int[] points = text.codePoints().toArray();
		if (points.length < 2) {
			return false;
		}
		for (int step = -1; step <= 1; step++) {
			boolean all = true;
			for (int i = 1; i < points.length && all; i++) {
				all = points[i] == next(points[i - 1], step);
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	/** The character after this one by the step, going round from 9 to 0 and from z to a (and back). */
	private static int next(int point, int step) {
		if (point >= '0' && point <= '9') {
			return '0' + Math.floorMod(point - '0' + step, 10);
		}
		if (point >= 'a' && point <= 'z') {
			return 'a' + Math.floorMod(point - 'a' + step, 26);
		}
		return point + step;
	}

	private Set<String> load() {
		Set<String> words = new HashSet<>(32_768);
		try (InputStream in = getClass().getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + LIST);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + LIST, ex);
		}
		return Set.copyOf(words);
	}

}
