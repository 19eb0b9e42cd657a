package org.fieldguide.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The person a page, file or answer is prepared for: anonymous, or a signed-in account with its roles
 * as they are now (roles are read afresh on every request). Only {@link VisibilityPolicy} decides what
 * a viewer may read.
 *
 * @param accountId the signed-in account, or {@code null} for an anonymous visitor
 * @param displayName the account's name, or {@code null}
 * @param roles the account's current roles; empty for anonymous visitors
 */
public record Viewer(Long accountId, String displayName, Set<Role> roles) {

	private static final Viewer ANONYMOUS = new Viewer(null, null, Set.of());

	public Viewer {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public static Viewer anonymous() {
		return ANONYMOUS;
	}

	public static Viewer signedIn(long accountId, String displayName, Set<Role> roles) {
		return new Viewer(accountId, displayName, roles);
	}

	public boolean signedIn() {
		return accountId != null;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
