package org.fieldguide.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * Someone who can sign in: with a local password, or through an OpenID Connect provider (then
 * {@code provider} is the registration id and {@code subject} the provider's stable id for them).
 */
@Entity
@Table(name = "account")
class Account {

	static final String LOCAL = "local";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(nullable = false)
	private String provider;

	private String subject;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "staff_from_provider", nullable = false)
	private boolean staffFromProvider;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_sign_in_at")
	private Instant lastSignInAt;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected Account() {
	}

	static Account local(String username, String displayName, String email, String passwordHash, Instant now) {
		Account a = new Account();
		a.username = username;
		a.displayName = displayName;
		a.email = email;
		a.passwordHash = passwordHash;
		a.provider = LOCAL;
		a.createdAt = now;
		a.passwordChangedAt = now;
		return a;
	}

	static Account fromProvider(String provider, String subject, String username, String displayName, String email,
			Instant now) {
		Account a = new Account();
		a.provider = provider;
		a.subject = subject;
		a.username = username;
		a.displayName = displayName;
		a.email = email;
		a.createdAt = now;
		return a;
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	String provider() {
		return provider;
	}

	boolean isLocal() {
		return LOCAL.equals(provider);
	}

	boolean enabled() {
		return enabled;
	}

	boolean demo() {
		return demo;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant lastSignInAt() {
		return lastSignInAt;
	}

	Set<Role> roles() {
		return roles;
	}

	void markDemo() {
		demo = true;
	}

	void enable(boolean value) {
		enabled = value;
	}

	void changePassword(String hash, Instant now) {
		passwordHash = hash;
		passwordChangedAt = now;
	}

	void signedIn(Instant now) {
		lastSignInAt = now;
	}

	void updateFromProvider(String newDisplayName, String newEmail) {
		displayName = newDisplayName;
		email = newEmail;
	}

	/**
	 * STAFF as the provider says now: granted when the claims grant it; taken back when they no longer do
	 * and the provider (not an administrator) had granted it.
	 */
	void staffFromProvider(boolean granted) {
		if (granted) {
			if (roles.add(Role.STAFF)) {
				staffFromProvider = true;
			}
		}
		else if (staffFromProvider) {
			roles.remove(Role.STAFF);
			staffFromProvider = false;
		}
	}

	void setRoles(Set<Role> newRoles) {
		if (!newRoles.contains(Role.STAFF) || !roles.contains(Role.STAFF)) {
			staffFromProvider = false;
		}
		roles.clear();
		roles.addAll(newRoles);
	}

}
