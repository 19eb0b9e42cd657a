package org.fieldguide.access;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The viewer of the current request: anonymous, or the signed-in account with the roles it has now
 * (refreshed for every request by {@link FreshAccountFilter}).
 */
@Component
public class CurrentViewer {

	public Viewer get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			return Viewer.anonymous();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			Role.fromAuthority(authority.getAuthority()).ifPresent(roles::add);
		}
		return Viewer.signedIn(principal.accountId(), principal.displayName(), roles);
	}

}
