package org.fieldguide.access;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person signed in at an OpenID Connect provider into a Fieldguide account: found by provider
 * and subject, or created on their first sign-in; STAFF granted when the configured claim holds one of
 * the configured values, or when their verified e-mail is in one of the configured domains.
 */
class ProviderAccounts extends OidcUserService {

	private final Accounts accounts;

	private final AccessProperties properties;

	ProviderAccounts(Accounts accounts, AccessProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser user = super.loadUser(request);
		String registrationId = request.getClientRegistration().getRegistrationId();
		boolean staff = grantsStaff(properties.provider(registrationId), user);
		Account account = accounts.signInWithProvider(registrationId, user.getSubject(), user.getPreferredUsername(),
				user.getFullName(), user.getEmail(), staff);
		if (!account.enabled()) {
			throw new DisabledException("account disabled");
		}
		List<SimpleGrantedAuthority> authorities = account.roles()
			.stream()
			.map(r -> new SimpleGrantedAuthority(r.authority()))
			.toList();
		return new ProviderUser(account.id(), account.displayName(), registrationId, authorities, user.getIdToken(),
				user.getUserInfo());
	}

	static boolean grantsStaff(AccessProperties.Provider mapping, OidcUser user) {
		Object claim = user.getClaims().get(mapping.staffClaim());
		if (claim != null && !mapping.staffClaimValues().isEmpty()) {
			Collection<?> values = claim instanceof Collection<?> c ? c : List.of(claim.toString().split("[\\s,]+"));
			for (Object value : values) {
				if (value != null && mapping.staffClaimValues().contains(value.toString())) {
					return true;
				}
			}
		}
		String email = user.getEmail();
		if (email != null && !Boolean.FALSE.equals(user.getEmailVerified()) && email.contains("@")) {
			String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
			return mapping.staffEmailDomains().contains(domain);
		}
		return false;
	}

}
