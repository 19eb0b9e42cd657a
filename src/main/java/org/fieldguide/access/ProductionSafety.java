package org.fieldguide.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the {@code prod} profile, refuses to start while demo accounts exist or a secret is left empty or at
 * a well-known default, and names each thing to fix. Runs before the server accepts requests.
 */
@Component
@Profile("prod")
class ProductionSafety implements InitializingBean {

	private static final Set<String> PLACEHOLDERS = Set.of("", "secret", "changeme", "change-me", "change_me",
			"password", "sa", "fieldguide", "client-secret", "your-client-secret", "xxx", "todo", "postgres", "test");

	private final Accounts accounts;

	private final Environment environment;

	ProductionSafety(Accounts accounts, Environment environment) {
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Fieldguide will not start in the prod profile until this is fixed:\n - "
					+ String.join("\n - ", problems));
		}
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		List<String> demo = accounts.demoAccountNames();
		if (!demo.isEmpty()) {
			problems.add("demo accounts exist (" + String.join(", ", demo) + "): start once with "
					+ "--fieldguide.access.remove-demo-accounts=true outside the prod profile, after creating your own "
					+ "administrator");
		}
		if (!environment.getProperty("fieldguide.demo-password", "").isBlank()) {
			problems.add("fieldguide.demo-password is set: remove it");
		}
		if (environment.getProperty("fieldguide.access.demo-accounts", Boolean.class, false)) {
			problems.add("fieldguide.access.demo-accounts is true: set it to false");
		}
		String publicUrl = environment.getProperty("fieldguide.public-url", "").strip();
		if (!publicUrl.matches("https?://[^/\\s?#]+(/[^\\s?#]*)?")) {
			problems.add("fieldguide.public-url is not set to the guide's public address (such as "
					+ "https://guide.example.org): offline copies and PDFs link to it, and without it they would "
					+ "take whatever address a request claimed");
		}
		if (placeholder(environment.getProperty("spring.datasource.password", ""))) {
			problems.add("spring.datasource.password is empty or a default: set the database password");
		}
		Map<String, String> registrations = Binder.get(environment)
			.bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		registrations.keySet()
			.stream()
			.filter(key -> key.endsWith(".client-id"))
			.map(key -> key.substring(0, key.length() - ".client-id".length()))
			.sorted()
			.forEach(id -> {
				String secret = registrations.get(id + ".client-secret");
				if (secret == null || placeholder(secret)) {
					problems.add("spring.security.oauth2.client.registration." + id
							+ ".client-secret is empty or a default: set the secret the provider issued");
				}
			});
		return problems;
	}

	private static boolean placeholder(String value) {
		return PLACEHOLDERS.contains(value.strip().toLowerCase(Locale.ROOT));
	}

}
