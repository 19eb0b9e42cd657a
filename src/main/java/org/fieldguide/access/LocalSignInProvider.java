package org.fieldguide.access;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a local account's password with Spring Security's {@link DaoAuthenticationProvider} (which
 * also spends the time of a password check for unknown names), behind the {@link SignInThrottle}. An
 * unknown name and a wrong password fail alike; a disabled account is told so only after its password
 * matched.
 */
class LocalSignInProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final AccountRepository accounts;

	LocalSignInProvider(AccountRepository accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
		UserDetailsService users = username -> accounts.findByUsername(normalise(username))
			.filter(Account::isLocal)
			.map(a -> new LocalUser(a.id(), a.username(), a.displayName(), a.passwordHash(), a.enabled(),
					a.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (user instanceof LocalUser local && !local.accountEnabled()) {
				throw new DisabledException("account disabled");
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = normalise(authentication.getName());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		var wait = throttle.check(username, address);
		if (wait.isPresent()) {
			throw new SignInThrottledException(wait.get().duration(), wait.get().locked());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException failed) {
			var now = throttle.failed(username, address);
			boolean known = accounts.findByUsername(username).filter(Account::isLocal).isPresent();
			throw new CredentialsRefusedException(known ? "wrong password" : "unknown account",
					now.filter(SignInThrottle.Wait::locked).isPresent());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	/** Wrong name or password; {@code reason} is for the audit log only, never shown to the visitor. */
	static final class CredentialsRefusedException extends BadCredentialsException {

		private final boolean nowLocked;

		CredentialsRefusedException(String reason, boolean nowLocked) {
			super(reason);
			this.nowLocked = nowLocked;
		}

		boolean nowLocked() {
			return nowLocked;
		}

	}

}
