package org.fieldguide.access;

import java.io.Serial;
import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local account as Spring Security's password check sees it, and as the session then remembers it. */
final class LocalUser extends User implements AccountPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String displayName;

	private final boolean accountEnabled;

	LocalUser(long accountId, String username, String displayName, String passwordHash, boolean enabled,
			Collection<? extends GrantedAuthority> authorities) {
		// always "enabled" for Spring's pre-checks: whether the account is disabled is told only after the
		// password matched, so that the answer does not reveal which accounts exist
		super(username, passwordHash, true, true, true, true, authorities);
		this.accountId = accountId;
		this.displayName = displayName;
		this.accountEnabled = enabled;
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public String method() {
		return Account.LOCAL;
	}

	boolean accountEnabled() {
		return accountEnabled;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
