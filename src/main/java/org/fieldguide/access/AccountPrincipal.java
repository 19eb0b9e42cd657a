package org.fieldguide.access;

/**
 * What the session remembers about who signed in: only the account's id and name. Roles and whether
 * the account is still enabled are read from the database on every request ({@link FreshAccountFilter}),
 * so an administrator's change takes effect on the next request.
 */
public interface AccountPrincipal {

	long accountId();

	String displayName();

	/** {@code local} or the OpenID Connect registration id the account signed in with. */
	String method();

}
