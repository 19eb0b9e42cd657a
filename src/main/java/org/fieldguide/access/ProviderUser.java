package org.fieldguide.access;

import java.io.Serial;
import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** An account signed in through an OpenID Connect provider; keeps the ID token for sign-out at the provider. */
final class ProviderUser extends DefaultOidcUser implements AccountPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String displayName;

	private final String registrationId;

	ProviderUser(long accountId, String displayName, String registrationId,
			Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo);
		this.accountId = accountId;
		this.displayName = displayName;
		this.registrationId = registrationId;
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
		return registrationId;
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
