package org.fieldguide.access;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account name or address: try again after {@code retryAfter}. */
class SignInThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	private final boolean locked;

	SignInThrottledException(Duration retryAfter, boolean locked) {
		super(locked ? "Temporarily locked after too many failed sign-ins" : "Too many failed sign-ins; wait");
		this.retryAfter = retryAfter;
		this.locked = locked;
	}

	Duration retryAfter() {
		return retryAfter;
	}

	boolean locked() {
		return locked;
	}

}
