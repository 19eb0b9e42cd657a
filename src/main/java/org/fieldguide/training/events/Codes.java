package org.fieldguide.training.events;

import java.security.SecureRandom;

/**
 * Random codes people type or receive as links: event codes and certificate codes from an alphabet
 * without look-alikes (no 0/O, 1/I/L), participants' link tokens long enough not to be guessed.
 */
final class Codes {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final String TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Codes() {
	}

	/** 8 characters: 31^8, about 850 billion codes. */
	static String eventCode() {
		return random(ALPHABET, 8);
	}

	static String certificateCode() {
		return random(ALPHABET, 10);
	}

	/** 26 characters of 32: 130 bits. */
	static String token() {
		return random(TOKEN_ALPHABET, 26);
	}

	/** What a person typed, as the code it means: spaces and dashes dropped, upper case. */
	static String normalise(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
	}

	private static String random(String alphabet, int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return code.toString();
	}

}
