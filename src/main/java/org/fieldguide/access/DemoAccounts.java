package org.fieldguide.access;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo accounts, so that a fresh instance can be tried at once: {@code admin}
 * (ADMIN, STAFF), {@code editor} (EDITOR, PUBLISHER, STAFF) and {@code staff} (STAFF). Their password is
 * {@code fieldguide.demo-password} when set (and is reset to it on every start), otherwise generated at
 * creation and printed once in the log. Never in the {@code prod} profile, which refuses to start while
 * they exist.
 */
@Component
@Profile("!prod")
@Order(0)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;

	private final AccessProperties properties;

	private final String configuredPassword;

	DemoAccounts(Accounts accounts, AccessProperties properties,
			@Value("${fieldguide.demo-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.properties = properties;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.removeDemoAccounts()) {
			accounts.removeDemoAccounts();
			log.info("Demo accounts removed");
			return;
		}
		if (!properties.demoAccounts()) {
			return;
		}
		boolean configured = !configuredPassword.isBlank();
		if (configured && configuredPassword.length() < PasswordPolicy.MIN_LENGTH) {
			throw new IllegalStateException("fieldguide.demo-password must have at least " + PasswordPolicy.MIN_LENGTH
					+ " characters");
		}
		String password = configured ? configuredPassword : generated();
		boolean created = accounts.ensureDemo("admin", "Demo administrator", EnumSet.of(Role.ADMIN, Role.STAFF),
				password, configured);
		created |= accounts.ensureDemo("editor", "Demo editor", EnumSet.of(Role.EDITOR, Role.STAFF), password,
				configured);
		created |= accounts.ensureDemo("publisher", "Demo publisher",
				EnumSet.of(Role.EDITOR, Role.PUBLISHER, Role.STAFF), password, configured);
		created |= accounts.ensureDemo("trainer", "Demo trainer", EnumSet.of(Role.TRAINER, Role.STAFF), password,
				configured);
		created |= accounts.ensureDemo("staff", "Demo staff member", Set.of(Role.STAFF), password, configured);
		if (created && !configured) {
			log.warn("Demo accounts admin, editor, publisher, trainer and staff created with the password {} (shown only this once; "
					+ "set fieldguide.demo-password to choose it)", password);
		}
		else if (created) {
			log.info("Demo accounts admin, editor, publisher, trainer and staff created with the password from fieldguide.demo-password");
		}
	}

	private static String generated() {
		String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			if (i > 0 && i % 5 == 0) {
				out.append('-');
			}
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}

}
