package org.fieldguide.access;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code fieldguide.access.*}; every one is described in docs/configuration.md.
 *
 * @param showRestrictedTitles whether anonymous visitors see the titles of staff entries, locked
 * @param demoAccounts whether the embedded default creates the demo accounts {@code admin},
 * {@code editor} and {@code staff} (never in the {@code prod} profile)
 * @param removeDemoAccounts delete the demo accounts on start (the way out before switching to prod)
 * @param throttle how failed sign-ins slow down and lock further attempts
 * @param providers role mapping per OpenID Connect registration id
 */
@ConfigurationProperties("fieldguide.access")
public record AccessProperties(@DefaultValue("true") boolean showRestrictedTitles,
		@DefaultValue("true") boolean demoAccounts, @DefaultValue("false") boolean removeDemoAccounts,
		@DefaultValue Throttle throttle, Map<String, Provider> providers) {

	public AccessProperties {
		providers = providers == null ? Map.of() : Map.copyOf(providers);
	}

	public Provider provider(String registrationId) {
		return providers.getOrDefault(registrationId, new Provider(null, "groups", List.of(), List.of()));
	}

	/**
	 * @param accountFreeFailures failures per account before each further attempt must wait
	 * @param accountLockAfter failures per account that lock it for {@code lockFor}
	 * @param addressFreeFailures failures per source address before attempts must wait
	 * @param addressLockAfter failures per source address that lock it
	 * @param firstDelay the first wait; it doubles with each further failure, up to {@code maxDelay}
	 * @param maxDelay the longest wait before the lock
	 * @param lockFor how long a lock lasts
	 */
	public record Throttle(@DefaultValue("3") int accountFreeFailures, @DefaultValue("10") int accountLockAfter,
			@DefaultValue("10") int addressFreeFailures, @DefaultValue("50") int addressLockAfter,
			@DefaultValue("2s") Duration firstDelay, @DefaultValue("60s") Duration maxDelay,
			@DefaultValue("15m") Duration lockFor) {
	}

	/**
	 * How an OpenID Connect provider's accounts become staff.
	 *
	 * @param displayName the button text on the sign-in page (else the registration's client name)
	 * @param staffClaim the claim holding groups or roles, e.g. {@code groups} or {@code roles}
	 * @param staffClaimValues values of that claim that grant STAFF
	 * @param staffEmailDomains e-mail domains that grant STAFF (the provider must not mark the
	 * address unverified)
	 */
	public record Provider(String displayName, @DefaultValue("groups") String staffClaim,
			List<String> staffClaimValues, List<String> staffEmailDomains) {

		public Provider {
			staffClaim = staffClaim == null || staffClaim.isBlank() ? "groups" : staffClaim;
			staffClaimValues = staffClaimValues == null ? List.of() : List.copyOf(staffClaimValues);
			staffEmailDomains = staffEmailDomains == null ? List.of()
					: staffEmailDomains.stream().map(d -> d.toLowerCase(java.util.Locale.ROOT).replaceFirst("^@", "")).toList();
		}

	}

}
