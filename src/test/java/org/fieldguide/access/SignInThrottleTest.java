package org.fieldguide.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.fieldguide.FieldguideTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Failed sign-ins slow down further attempts for the account and for the source address — a delay that
 * doubles, then a temporary lock — each refusal logged; the right password inside the delay is refused
 * too, and works again once the delay is over.
 */
@FieldguideTest
class SignInThrottleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	Accounts accounts;

	@Autowired
	org.fieldguide.audit.SignInLog log;

	private Instant now = Instant.parse("2026-11-26T10:00:00Z");

	@AfterEach
	void realTime() {
		throttle.useClock(Clock.systemUTC());
	}

	@Test
	void failuresForOneAccountWaitThenLock() throws Exception {
		throttle.useClock(new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now;
			}
		});
		accounts.createLocal("throttle-test", "Theo Rottle", null, "amber meadow kettle 63", Set.of(Role.STAFF));
		for (int i = 0; i < 3; i++) {
			assertThat(signIn("throttle-test", "wrong guess number " + i, "10.1.0.1")).isEqualTo("/en/login?error=credentials");
		}
		assertThat(signIn("throttle-test", "wrong guess number 3", "10.1.0.2")).isEqualTo("/en/login?error=credentials");
		assertThat(signIn("throttle-test", "amber meadow kettle 63", "10.1.0.3"))
			.as("the right password during the delay, from another address").isEqualTo("/en/login?error=wait&wait=2");
		now = now.plusSeconds(3);
		assertThat(signIn("throttle-test", "amber meadow kettle 63", "10.1.0.3")).isEqualTo("/en/");

		for (int i = 0; i < 10; i++) {
			now = now.plus(Duration.ofMinutes(2));
			signIn("throttle-test", "wrong again " + i, "10.1.0." + (10 + i));
		}
		String locked = signIn("throttle-test", "amber meadow kettle 63", "10.1.0.99");
		assertThat(locked).startsWith("/en/login?error=locked&wait=");
		now = now.plus(Duration.ofMinutes(16));
		assertThat(signIn("throttle-test", "amber meadow kettle 63", "10.1.0.99")).isEqualTo("/en/");

		var lines = log.page(null, true, 0, 100).getContent();
		assertThat(lines).anyMatch(l -> "throttle-test".equals(l.username()) && l.reason().contains("now temporarily locked"));
		assertThat(lines).anyMatch(l -> "throttle-test".equals(l.username()) && l.reason().equals("refused: temporarily locked")
				&& "10.1.0.99".equals(l.sourceAddress()));
	}

	@Test
	void manyAccountsGuessedFromOneAddressSlowThatAddressDown() throws Exception {
		for (int i = 0; i < 11; i++) {
			signIn("someone-" + i, "a guessed password", "10.2.0.1");
		}
		assertThat(signIn("editor", org.fieldguide.SignIn.DEMO_PASSWORD, "10.2.0.1")).startsWith("/en/login?error=wait");
		assertThat(signIn("editor", org.fieldguide.SignIn.DEMO_PASSWORD, "10.2.0.2")).isEqualTo("/en/");
	}

	private String signIn(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).param("lang", "en")
			.with(csrf()).with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse().getRedirectedUrl();
	}

}
