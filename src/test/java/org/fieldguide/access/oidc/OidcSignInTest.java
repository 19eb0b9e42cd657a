package org.fieldguide.access.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.fieldguide.access.Accounts;
import org.fieldguide.access.Role;
import org.fieldguide.audit.SignInLog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with the organisation account against a real OpenID Connect provider running as its own
 * process (no.nav.security's mock-oauth2-server): the whole authorization-code flow over HTTP, the
 * mapping of a group claim and of an e-mail domain to STAFF, the account created on first sign-in,
 * sign-out at the provider, and clean refusals of a tampered {@code state} and of an ID token from the
 * wrong issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OidcSignInTest {

	private static final String STAFF_ENTRY = "/en/toolkit/administration/incident-reporting-chain";

	private static OidcProviderProcess provider;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	SignInLog log;

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry properties) {
		provider = OidcProviderProcess.start();
		String org = provider.issuer("org");
		String other = provider.issuer("other");
		registration(properties, "org", org);
		properties.add("fieldguide.access.providers.org.display-name", () -> "Example Organisation");
		properties.add("fieldguide.access.providers.org.staff-claim", () -> "groups");
		properties.add("fieldguide.access.providers.org.staff-claim-values", () -> "fieldguide-staff");
		properties.add("fieldguide.access.providers.org.staff-email-domains", () -> "org.example");
		// discovery from "org", but tokens from "other": the ID token's issuer is not the expected one
		registration(properties, "rogue", org);
		properties.add("spring.security.oauth2.client.provider.rogue.authorization-uri", () -> other + "/authorize");
		properties.add("spring.security.oauth2.client.provider.rogue.token-uri", () -> other + "/token");
		properties.add("spring.security.oauth2.client.provider.rogue.jwk-set-uri", () -> other + "/jwks");
	}

	private static void registration(DynamicPropertyRegistry properties, String id, String issuer) {
		String prefix = "spring.security.oauth2.client.registration." + id;
		properties.add(prefix + ".client-id", () -> "fieldguide");
		properties.add(prefix + ".client-secret", () -> "a-test-client-secret");
		properties.add(prefix + ".scope", () -> "openid,profile,email");
		properties.add(prefix + ".client-name", () -> id);
		properties.add("spring.security.oauth2.client.provider." + id + ".issuer-uri", () -> issuer);
	}

	@AfterAll
	static void stopProvider() {
		if (provider != null) {
			provider.close();
		}
	}

	@Test
	void aGroupClaimMakesStaffWhoLandOnTheEntryTheyOpenedAndSignOutAtTheProvider() {
		OidcBrowser browser = new OidcBrowser();
		HttpResponse<String> asked = browser.get(app(STAFF_ENTRY));
		String cookie = asked.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(cookie).as("plain HTTP here; Secure comes with HTTPS").doesNotContain("Secure");
		HttpResponse<String> login = browser.follow(asked);
		assertThat(login.uri().getPath()).isEqualTo("/en/login");
		Document page = Jsoup.parse(login.body());
		assertThat(page.select("a[href='/oauth2/authorization/org']").text()).isEqualTo("Example Organisation");

		HttpResponse<String> providerPage = browser.follow(browser.get(app("/oauth2/authorization/org")));
		HttpResponse<String> back = browser.signInAtProvider(providerPage, "amina",
				"{\"name\":\"Amina Diallo\",\"email\":\"amina@partner.example\",\"email_verified\":true,"
						+ "\"groups\":[\"fieldguide-staff\",\"other\"]}");
		HttpResponse<String> entry = browser.follow(back);
		assertThat(entry.statusCode()).isEqualTo(200);
		assertThat(entry.uri().getPath()).isEqualTo(STAFF_ENTRY);
		assertThat(Jsoup.parse(entry.body()).select("h1").text()).isEqualTo("Incident reporting chain");
		assertThat(Jsoup.parse(entry.body()).select(".account-links").text()).contains("Amina Diallo");

		var account = accounts.search("amina@partner.example", 0, 5).getContent();
		assertThat(account).hasSize(1);
		assertThat(account.get(0).roles()).containsExactly(Role.STAFF);
		assertThat(account.get(0).method()).isEqualTo("org");
		assertThat(log.page(account.get(0).id(), false, 0, 5).getContent())
			.anyMatch(l -> l.success() && l.method().equals("org"));

		Document accountPage = Jsoup.parse(browser.follow(browser.get(app("/en/account"))).body());
		assertThat(accountPage.select(".facts").text()).contains("Organisation account (org)", "Staff");
		String token = accountPage.select("form[action=/logout] input[name=_csrf]").val();
		HttpResponse<String> signedOut = browser.post(app("/logout"), Map.of("_csrf", token, "lang", "en"));
		URI endSession = OidcBrowser.location(signedOut);
		assertThat(endSession.toString()).startsWith(provider.issuer("org") + "/endsession");
		assertThat(OidcBrowser.queryParameters(endSession)).containsKey("id_token_hint")
			.containsEntry("post_logout_redirect_uri", app("/en/"));
		HttpResponse<String> home = browser.follow(signedOut);
		assertThat(home.uri().toString()).isEqualTo(app("/en/"));
		assertThat(Jsoup.parse(home.body()).select(".account-links").text()).isEqualTo("Sign in");
		assertThat(browser.follow(browser.get(app(STAFF_ENTRY))).uri().getPath()).isEqualTo("/en/login");
	}

	@Test
	void anEmailDomainMakesStaffAndAnUnmappedAccountIsSignedInWithoutAccess() {
		OidcBrowser bruno = signIn("bruno", "{\"email\":\"bruno@org.example\",\"name\":\"Bruno Costa\"}");
		assertThat(bruno.follow(bruno.get(app(STAFF_ENTRY))).statusCode()).isEqualTo(200);

		OidcBrowser carla = signIn("carla",
				"{\"email\":\"carla@org.example\",\"email_verified\":false,\"name\":\"Carla Ruiz\"}");
		HttpResponse<String> refused = carla.follow(carla.get(app(STAFF_ENTRY)));
		assertThat(refused.statusCode()).as("signed in, no role: 403 rather than a sign-in loop").isEqualTo(403);
		assertThat(Jsoup.parse(refused.body()).select("main .lead").text()).contains("does not have a role");
		assertThat(Jsoup.parse(refused.body()).text()).doesNotContain("internal chain for reporting incidents");
		assertThat(accounts.search("carla@org.example", 0, 5).getContent().get(0).roles()).isEmpty();
	}

	@Test
	void aTamperedStateIsRefusedCleanly() {
		OidcBrowser browser = new OidcBrowser();
		HttpResponse<String> providerPage = browser.follow(browser.get(app("/oauth2/authorization/org")));
		HttpResponse<String> back = browser.signInAtProvider(providerPage, "dana", "{\"email\":\"dana@org.example\"}");
		URI callback = OidcBrowser.location(back);
		String tampered = callback.toString().replaceFirst("state=[^&]+", "state=forged-state");
		HttpResponse<String> page = browser.follow(browser.get(tampered));
		assertThat(page.uri().getPath()).isEqualTo("/en/login");
		assertThat(page.uri().getQuery()).isEqualTo("error=provider");
		assertThat(Jsoup.parse(page.body()).select("[role=alert]").text()).contains("did not work");
		assertThat(accounts.search("dana@org.example", 0, 5).getTotalElements()).isZero();
		assertThat(log.page(null, true, 0, 20).getContent())
			.anyMatch(l -> l.method().equals("org") && l.reason().contains("authorization_request_not_found"));
	}

	@Test
	void anIdTokenFromTheWrongIssuerIsRefusedCleanly() {
		OidcBrowser browser = new OidcBrowser();
		HttpResponse<String> providerPage = browser.follow(browser.get(app("/oauth2/authorization/rogue")));
		assertThat(providerPage.uri().toString()).startsWith(provider.issuer("other"));
		HttpResponse<String> page = browser.follow(
				browser.signInAtProvider(providerPage, "eve", "{\"email\":\"eve@org.example\"}"));
		assertThat(page.uri().getPath()).isEqualTo("/en/login");
		assertThat(page.uri().getQuery()).isEqualTo("error=provider");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(accounts.search("eve@org.example", 0, 5).getTotalElements()).isZero();
		assertThat(log.page(null, true, 0, 20).getContent())
			.anyMatch(l -> l.method().equals("rogue") && l.reason().contains("invalid_id_token"));
	}

	private OidcBrowser signIn(String username, String claims) {
		OidcBrowser browser = new OidcBrowser();
		HttpResponse<String> providerPage = browser.follow(browser.get(app("/oauth2/authorization/org")));
		HttpResponse<String> landed = browser.follow(browser.signInAtProvider(providerPage, username, claims));
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.uri().getPath()).isEqualTo("/en/");
		return browser;
	}

	private String app(String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
