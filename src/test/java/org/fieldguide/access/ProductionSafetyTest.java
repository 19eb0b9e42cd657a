package org.fieldguide.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fieldguide.FieldguideApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code prod} profile refuses to start while demo accounts exist or a secret is empty or a
 * default, and says what to fix; with those fixed it starts.
 */
class ProductionSafetyTest {

	@TempDir
	Path dataDir;

	@Test
	void refusesDemoAccountsAndDefaultSecretsNamingEachFix() {
		String database = "jdbc:h2:file:" + dataDir.resolve("db/fieldguide") + ";DB_CLOSE_ON_EXIT=FALSE";
		try (ConfigurableApplicationContext embedded = start("default", "--spring.datasource.url=" + database,
				"--fieldguide.demo-password=demo-passphrase-1")) {
			assertThat(embedded.getBean(Accounts.class).demoAccountNames()).containsExactly("admin", "editor", "publisher", "staff", "trainer");
		}
		assertThatThrownBy(() -> start("prod", "--spring.datasource.url=" + database,
				"--spring.security.oauth2.client.registration.org.client-id=fieldguide",
				"--spring.security.oauth2.client.registration.org.client-secret=changeme",
				"--spring.security.oauth2.client.registration.org.authorization-grant-type=authorization_code",
				"--spring.security.oauth2.client.registration.org.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
				"--spring.security.oauth2.client.registration.org.scope=openid",
				"--spring.security.oauth2.client.provider.org.authorization-uri=http://127.0.0.1:9/auth",
				"--spring.security.oauth2.client.provider.org.token-uri=http://127.0.0.1:9/token",
				"--spring.security.oauth2.client.provider.org.jwk-set-uri=http://127.0.0.1:9/jwks"))
			.hasStackTraceContaining("will not start in the prod profile")
			.hasStackTraceContaining("demo accounts exist (admin, editor, publisher, staff, trainer)")
			.hasStackTraceContaining("spring.datasource.password is empty")
			.hasStackTraceContaining("fieldguide.public-url is not set")
			.hasStackTraceContaining("spring.security.oauth2.client.registration.org.client-secret");
	}

	@Test
	void startsWhenNothingIsLeftAtADefault() {
		try (ConfigurableApplicationContext prod = start("prod",
				"--spring.datasource.url=jdbc:h2:mem:prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=fieldguide", "--spring.datasource.password=a-real-database-secret",
				"--fieldguide.public-url=https://guide.example.org")) {
			assertThat(prod.getBean(Accounts.class).demoAccountNames()).isEmpty();
			assertThat(prod.getEnvironment().getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
		}
	}

	private ConfigurableApplicationContext start(String profile, String... args) {
		String[] all = new String[args.length + 4];
		all[0] = "--fieldguide.data-dir=" + dataDir;
		all[1] = "--server.port=0";
		all[2] = "--fieldguide.import-starter-guide=false";
		all[3] = "--logging.level.root=warn";
		System.arraycopy(args, 0, all, 4, args.length);
		assertThat(Files.isDirectory(dataDir)).isTrue();
		return new SpringApplicationBuilder(FieldguideApplication.class).profiles(profile).run(all);
	}

}
