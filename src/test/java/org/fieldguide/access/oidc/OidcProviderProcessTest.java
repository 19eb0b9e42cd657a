package org.fieldguide.access.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves the OIDC test harness without Spring: the provider process starts, publishes discovery, shows its
 * login form, and completes a hand-driven authorization-code flow whose ID token carries the typed subject
 * and claims; the browser keeps an app's session cookie across the provider round trip; and closing the
 * provider frees its port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcProviderProcessTest {

	static final String ISSUER_ID = "fieldguide";

	static final String CLAIMS = """
			{"email":"amina@org.example","groups":["fieldguide-staff"]}""";

	final JsonMapper json = JsonMapper.builder().build();

	OidcProviderProcess provider;

	@BeforeAll
	void startProvider() {
		this.provider = OidcProviderProcess.start();
		System.out.println("OIDC provider on port " + this.provider.port() + " ready in "
				+ this.provider.startupTime().toMillis() + " ms");
	}

	@AfterAll
	void closeProviderAndFreeItsPort() throws IOException {
		if (this.provider == null) {
			return;
		}
		int port = this.provider.port();
		this.provider.close();
		assertThat(this.provider.isAlive()).isFalse();
		try (ServerSocket socket = new ServerSocket()) {
			assertThatNoException().isThrownBy(
					() -> socket.bind(new InetSocketAddress(InetAddress.getByName(OidcProviderProcess.HOST), port)));
		}
	}

	@Test
	void discoveryThenAuthorizationCodeFlowByHand() {
		String issuer = this.provider.issuer(ISSUER_ID);
		OidcBrowser browser = new OidcBrowser();

		HttpResponse<String> discoveryResponse = browser.get(issuer + "/.well-known/openid-configuration");
		assertThat(discoveryResponse.statusCode()).isEqualTo(200);
		JsonNode discovery = this.json.readTree(discoveryResponse.body());
		assertThat(discovery.get("issuer").asString()).isEqualTo(issuer);
		for (String endpoint : List.of("authorization_endpoint", "token_endpoint", "jwks_uri",
				"end_session_endpoint")) {
			assertThat(discovery.get(endpoint).asString()).as(endpoint).startsWith(issuer + "/");
		}

		String redirectUri = "http://127.0.0.1:1/cb";
		String authorize = discovery.get("authorization_endpoint").asString()
				+ "?client_id=test&response_type=code&scope=openid%20email&redirect_uri=" + redirectUri
				+ "&state=abc&nonce=n1";
		HttpResponse<String> loginPage = browser.follow(browser.get(authorize));
		assertThat(loginPage.statusCode()).isEqualTo(200);
		assertThat(loginPage.body()).contains("name=\"username\"", "name=\"claims\"");

		HttpResponse<String> toClient = browser.signInAtProvider(loginPage, "amina", CLAIMS);
		assertThat(toClient.statusCode()).isEqualTo(302);
		URI callback = OidcBrowser.location(toClient);
		assertThat(callback.toString()).startsWith(redirectUri + "?");
		Map<String, String> callbackParameters = OidcBrowser.queryParameters(callback);
		assertThat(callbackParameters).containsEntry("state", "abc").containsKey("code");
		assertThat(toClient.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(browser.cookies()).isEmpty();
		assertThat(browser.visited()).containsExactly(issuer + "/.well-known/openid-configuration", authorize,
				authorize);

		// client_secret_post with any secret; client_secret_basic is accepted too (Spring's default)
		HttpResponse<String> tokenResponse = browser.post(discovery.get("token_endpoint").asString(),
				Map.of("grant_type", "authorization_code", "code", callbackParameters.get("code"), "redirect_uri",
						redirectUri, "client_id", "test", "client_secret", "anything"));
		assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
		JsonNode tokens = this.json.readTree(tokenResponse.body());
		JsonNode idToken = payload(tokens.get("id_token").asString());
		assertThat(idToken.get("sub").asString()).isEqualTo("amina");
		assertThat(idToken.get("iss").asString()).isEqualTo(issuer);
		assertThat(idToken.get("aud").asString()).isEqualTo("test");
		assertThat(idToken.get("nonce").asString()).isEqualTo("n1");
		assertThat(idToken.get("email").asString()).isEqualTo("amina@org.example");
		assertThat(idToken.get("groups").get(0).asString()).isEqualTo("fieldguide-staff");
		assertThat(idToken.get("groups").size()).isEqualTo(1);
	}

	@Test
	void appSessionCookieSurvivesTheProviderRoundTrip() throws IOException {
		String issuer = this.provider.issuer("other-" + ISSUER_ID);
		List<String> sessionCookiesAtCallback = new ArrayList<>();
		HttpServer app = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
		String appUrl = "http://127.0.0.1:" + app.getAddress().getPort();
		app.createContext("/login", (exchange) -> {
			exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=s1; Path=/; HttpOnly");
			redirect(exchange, issuer + "/authorize?client_id=app&response_type=code&scope=openid&redirect_uri="
					+ appUrl + "/cb&state=st");
		});
		app.createContext("/cb", (exchange) -> {
			sessionCookiesAtCallback.add(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
			redirect(exchange, "/home");
		});
		app.createContext("/home", (exchange) -> {
			byte[] body = "home".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		app.start();
		try {
			OidcBrowser browser = new OidcBrowser();
			HttpResponse<String> loginPage = browser.follow(browser.get(appUrl + "/login"));
			HttpResponse<String> home = browser.follow(browser.signInAtProvider(loginPage, "amina", null));

			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).isEqualTo("home");
			assertThat(sessionCookiesAtCallback).singleElement().asString().contains("JSESSIONID=s1");
			assertThat(browser.cookies()).extracting((cookie) -> cookie.getName()).containsExactly("JSESSIONID");
			List<String> visited = browser.visited();
			assertThat(visited).hasSize(5);
			assertThat(visited.get(0)).isEqualTo(appUrl + "/login");
			assertThat(visited.get(1)).startsWith(issuer + "/authorize?").isEqualTo(visited.get(2));
			assertThat(visited.get(3)).startsWith(appUrl + "/cb?code=").endsWith("&state=st");
			assertThat(visited.get(4)).isEqualTo(appUrl + "/home");
		}
		finally {
			app.stop(0);
		}
	}

	JsonNode payload(String jwt) {
		String[] parts = jwt.split("\\.");
		assertThat(parts).hasSize(3);
		return this.json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
	}

	static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

}
