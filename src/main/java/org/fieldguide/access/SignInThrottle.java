package org.fieldguide.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account name and per source address: after a few free failures
 * each further attempt must wait a delay that doubles, and after more failures the account name or
 * address is locked for a while. A successful sign-in clears the account's count. Counts live in memory
 * (Caffeine), per node, and are forgotten an hour after the last failure.
 */
@Component
class SignInThrottle {

	private final AccessProperties.Throttle settings;

	private final Cache<String, Failures> failures;

	private Clock clock = Clock.systemUTC();

	SignInThrottle(AccessProperties properties) {
		this.settings = properties.throttle();
		this.failures = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterWrite(settings.lockFor().plus(Duration.ofHours(1)))
			.build();
	}

	/** How long this attempt must still wait, if at all; {@code locked} when a lock is the reason. */
	record Wait(Duration duration, boolean locked) {
	}

	/** Whether an attempt for this account name from this address must wait first. */
	Optional<Wait> check(String username, String address) {
		Instant now = clock.instant();
		Optional<Wait> account = waitFor(accountKey(username), now);
		Optional<Wait> source = waitFor(addressKey(address), now);
		if (account.isEmpty()) {
			return source;
		}
		if (source.isEmpty()) {
			return account;
		}
		return Optional.of(account.get().duration().compareTo(source.get().duration()) >= 0 ? account.get() : source.get());
	}

	/** Counts a failed attempt; returns the wait that now applies, if any. */
	Optional<Wait> failed(String username, String address) {
		Instant now = clock.instant();
		count(accountKey(username), now, settings.accountFreeFailures(), settings.accountLockAfter());
		count(addressKey(address), now, settings.addressFreeFailures(), settings.addressLockAfter());
		return check(username, address);
	}

	void succeeded(String username) {
		failures.invalidate(accountKey(username));
	}

	private void count(String key, Instant now, int free, int lockAfter) {
		failures.asMap().compute(key, (k, previous) -> {
			int count = previous == null ? 1 : previous.count() + 1;
			Instant until;
			if (count >= lockAfter) {
				until = now.plus(settings.lockFor());
			}
			else if (count > free) {
				long factor = 1L << Math.min(20, count - free - 1);
				Duration delay = settings.firstDelay().multipliedBy(factor);
				until = now.plus(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
			}
			else {
				until = now;
			}
			return new Failures(count, until, count >= lockAfter);
		});
	}

	private Optional<Wait> waitFor(String key, Instant now) {
		Failures f = failures.getIfPresent(key);
		if (f == null || !f.notBefore().isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(new Wait(Duration.between(now, f.notBefore()), f.locked()));
	}

	private static String accountKey(String username) {
		return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + (address == null ? "" : address);
	}

	private record Failures(int count, Instant notBefore, boolean locked) {
	}

	void useClock(Clock clock) {
		this.clock = clock;
	}

}
