package org.fieldguide.access;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their roles: local accounts with passwords checked by {@link PasswordPolicy} and hashed
 * by the delegating encoder, accounts created on first sign-in through an OpenID Connect provider, and
 * the administrator's changes. Every refusal is an {@link AccountException} and changes nothing.
 */
@Service
@Transactional
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,59}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private final AccountRepository repository;

	private final PasswordEncoder encoder;

	private final PasswordPolicy passwords;

	private Clock clock = Clock.systemUTC();

	Accounts(AccountRepository repository, PasswordEncoder encoder, PasswordPolicy passwords) {
		this.repository = repository;
		this.encoder = encoder;
		this.passwords = passwords;
	}

	/** One account as the account and administration pages show it. */
	public record AccountView(long id, String username, String displayName, String email, String method,
			boolean local, boolean enabled, boolean demo, Set<Role> roles, Instant createdAt, Instant lastSignInAt) {
	}

	/** What a request needs to know about its signed-in account, read afresh each time. */
	record AccountState(long id, String displayName, boolean enabled, Set<Role> roles) {
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return repository.findById(id).map(Accounts::view);
	}

	/** Enabled accounts that hold the role, by name: training events choose their facilitators from these. */
	@Transactional(readOnly = true)
	public List<AccountView> withRole(Role role) {
		return repository.findEnabledWithRole(role).stream().map(Accounts::view).toList();
	}

	@Transactional(readOnly = true)
	Optional<AccountState> state(long id) {
		return repository.findById(id)
			.map(a -> new AccountState(a.id(), a.displayName(), a.enabled(), Set.copyOf(a.roles())));
	}

	/** Accounts whose username, name or e-mail contains the text (all when blank), by username. */
	@Transactional(readOnly = true)
	public Page<AccountView> search(String text, int page, int size) {
		String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		String escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return repository.search("%" + escaped + "%", PageRequest.of(page, size, Sort.by("username")))
			.map(Accounts::view);
	}

	public AccountView createLocal(String username, String displayName, String email, String password,
			Set<Role> roles) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountException("account.error.username");
		}
		if (repository.existsByUsername(name)) {
			throw new AccountException("account.error.usernameTaken");
		}
		String shownName = displayName == null ? "" : displayName.strip();
		if (shownName.isEmpty() || shownName.length() > 200) {
			throw new AccountException("account.error.displayName");
		}
		String mail = normaliseEmail(email);
		checkPassword(password, name, shownName, mail);
		Account account = Account.local(name, shownName, mail, encoder.encode(password), clock.instant());
		account.setRoles(roles);
		return view(repository.save(account));
	}

	/** Sets the account's roles. An administrator cannot take ADMIN from themselves or from the last admin. */
	public void setRoles(long id, Set<Role> roles, Viewer by) {
		Account account = repository.findById(id).orElseThrow(() -> new AccountException("account.error.notFound"));
		if (account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			if (by.accountId() != null && by.accountId() == id) {
				throw new AccountException("admin.error.ownAdmin");
			}
			if (account.enabled() && repository.countEnabledAdmins() <= 1) {
				throw new AccountException("admin.error.lastAdmin");
			}
		}
		account.setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
	}

	/** Enables or disables an account; a disabled account's sessions end at their next request. */
	public void setEnabled(long id, boolean enabled, Viewer by) {
		Account account = repository.findById(id).orElseThrow(() -> new AccountException("account.error.notFound"));
		if (!enabled) {
			if (by.accountId() != null && by.accountId() == id) {
				throw new AccountException("admin.error.ownAccount");
			}
			if (account.enabled() && account.roles().contains(Role.ADMIN) && repository.countEnabledAdmins() <= 1) {
				throw new AccountException("admin.error.lastAdmin");
			}
		}
		account.enable(enabled);
	}

	/** Changes a local account's password after checking the current one and the policy. */
	public void changePassword(long id, String current, String next, String confirmation) {
		Account account = repository.findById(id).orElseThrow(() -> new AccountException("account.error.notFound"));
		if (!account.isLocal()) {
			throw new AccountException("account.error.notLocal");
		}
		if (current == null || !encoder.matches(current, account.passwordHash())) {
			throw new AccountException("account.error.currentPassword");
		}
		if (next == null || !next.equals(confirmation)) {
			throw new AccountException("account.error.confirmation");
		}
		if (next.equals(current)) {
			throw new AccountException("account.error.samePassword");
		}
		checkPassword(next, account.username(), account.displayName(), account.email());
		account.changePassword(encoder.encode(next), clock.instant());
	}

	/**
	 * The account for a provider's person, created on their first sign-in (just in time); their name,
	 * e-mail and provider-granted STAFF role follow the provider at every sign-in.
	 */
	Account signInWithProvider(String provider, String subject, String preferredUsername, String displayName,
			String email, boolean staff) {
		String mail = email == null || !EMAIL.matcher(email.strip()).matches() ? null : email.strip().toLowerCase(Locale.ROOT);
		String name = displayName == null || displayName.isBlank() ? (mail != null ? mail : subject) : displayName.strip();
		name = name.length() > 200 ? name.substring(0, 200) : name;
		Account account = repository.findByProviderAndSubject(provider, subject).orElse(null);
		if (account == null) {
			account = repository.save(Account.fromProvider(provider, subject,
					freeUsername(preferredUsername, mail, provider, subject), name, mail, clock.instant()));
		}
		else {
			account.updateFromProvider(name, mail);
		}
		account.staffFromProvider(staff);
		return account;
	}

	/**
	 * Creates a demo account when missing, or sets its password when one is given; true when it was
	 * created. Demo accounts are marked, so that production can refuse to start while they exist.
	 */
	boolean ensureDemo(String username, String displayName, Set<Role> roles, String password, boolean resetPassword) {
		Optional<Account> existing = repository.findByUsername(username);
		if (existing.isPresent()) {
			if (resetPassword && !encoder.matches(password, existing.get().passwordHash())) {
				existing.get().changePassword(encoder.encode(password), clock.instant());
			}
			return false;
		}
		Account account = Account.local(username, displayName, null, encoder.encode(password), clock.instant());
		account.markDemo();
		account.setRoles(EnumSet.copyOf(roles));
		repository.save(account);
		return true;
	}

	@Transactional(readOnly = true)
	List<String> demoAccountNames() {
		return repository.findByDemoTrue().stream().map(Account::username).sorted().toList();
	}

	void removeDemoAccounts() {
		repository.deleteAll(repository.findByDemoTrue());
	}

	/** Remembers a successful sign-in. */
	void signedIn(long id) {
		repository.findById(id).ifPresent(a -> a.signedIn(clock.instant()));
	}

	private void checkPassword(String password, String username, String displayName, String email) {
		List<String> personal = new java.util.ArrayList<>(List.of(username));
		personal.addAll(List.of(displayName.toLowerCase(Locale.ROOT).split("[\\s.@_-]+")));
		if (email != null) {
			personal.add(email.substring(0, email.indexOf('@')));
		}
		passwords.check(password, personal.toArray(String[]::new)).ifPresent(key -> {
			throw new AccountException(key);
		});
	}

	private String freeUsername(String preferred, String email, String provider, String subject) {
		String base = preferred != null && !preferred.isBlank() ? preferred : email != null ? email : provider + "-" + subject;
		base = base.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
		base = base.length() > 50 ? base.substring(0, 50) : base;
		String candidate = base;
		for (int n = 2; repository.existsByUsername(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private static String normaliseEmail(String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String mail = email.strip().toLowerCase(Locale.ROOT);
		if (mail.length() > 320 || !EMAIL.matcher(mail).matches()) {
			throw new AccountException("account.error.email");
		}
		return mail;
	}

	static AccountView view(Account a) {
		return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.provider(), a.isLocal(),
				a.enabled(), a.demo(), Set.copyOf(a.roles()), a.createdAt(), a.lastSignInAt());
	}

	void useClock(Clock clock) {
		this.clock = clock;
	}

}
