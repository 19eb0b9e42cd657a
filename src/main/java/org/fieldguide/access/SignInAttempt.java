package org.fieldguide.access;

import java.time.Instant;

/**
 * Published for every sign-in attempt and for every session ended because its account was disabled;
 * the audit module keeps them.
 *
 * @param accountId the account, when one was identified
 * @param username the account name typed or the provider's account name
 * @param method {@code local} or the OpenID Connect registration id
 * @param sourceAddress the client's address as the server sees it
 * @param reason why it succeeded or failed, in short English for the log (e.g. {@code wrong password})
 */
public record SignInAttempt(Instant at, Long accountId, String username, String method, String sourceAddress,
		boolean success, String reason) {
}
