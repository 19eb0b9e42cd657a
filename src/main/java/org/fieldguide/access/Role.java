package org.fieldguide.access;

import java.util.Optional;

/**
 * What a signed-in account may do. Roles combine; every role can read staff content, so a signed-in
 * account without any role is a member of the public who happens to have an account.
 */
public enum Role {

	/** Reads staff-only entries and tools. */
	STAFF,

	/** Writes and submits changes to the guide. */
	EDITOR,

	/** Approves and publishes what editors submit. */
	PUBLISHER,

	/** Runs training events. */
	TRAINER,

	/** Manages accounts and roles and reads the sign-in log. */
	ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	public static Optional<Role> fromAuthority(String authority) {
		if (authority == null || !authority.startsWith("ROLE_")) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(authority.substring(5)));
		}
		catch (IllegalArgumentException notOurs) {
			return Optional.empty();
		}
	}

}
