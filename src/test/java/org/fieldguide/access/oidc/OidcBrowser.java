package org.fieldguide.access.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Just enough of a browser to walk an OpenID Connect authorization-code flow without a real one: it keeps
 * cookies, never follows redirects on its own (so each hop can be inspected), speaks plain HTTP/1.1 (no
 * h2c upgrade, like a browser over http), and can fill in the provider's interactive login form
 * ({@link OidcProviderProcess}).
 * <p>
 * Cookies are kept by host, not port, as real browsers do: the app and the provider both live on
 * 127.0.0.1 and share one jar. That is harmless because mock-oauth2-server sets no cookies at all in the
 * authorize/token/end-session flow, so the app's {@code JSESSIONID} is never overwritten.
 * <p>
 * Every request URL, in order, is recorded in {@link #visited()}, including the hops of {@link #follow}.
 */
final class OidcBrowser {

	private static final int MAX_REDIRECTS = 20;

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<String> visited = Collections.synchronizedList(new ArrayList<>());

	HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	HttpResponse<String> post(String url, Map<String, String> form) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
	}

	/**
	 * Follows {@code Location} headers (absolute or relative) with GETs, as a browser does after a 301, 302
	 * or 303, until a response that is not a redirect, and returns that response. A response that is not a
	 * redirect is returned as it is.
	 */
	HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hops = 0; isRedirect(current); hops++) {
			if (hops == MAX_REDIRECTS) {
				throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects: " + visited());
			}
			current = get(location(current).toString());
		}
		return current;
	}

	/**
	 * Signs in at the provider's interactive login page (mock-oauth2-server's authorize endpoint answers a
	 * GET with a form of a free-text subject and a JSON of extra claims) and returns the provider's answer
	 * without following it: a redirect to the client's {@code redirect_uri} with {@code code} and
	 * {@code state}.
	 * @param providerLoginPage the response that is the login page, e.g. {@code follow(get(appLoginUrl))}
	 * @param username becomes the tokens' {@code sub}
	 * @param claimsJson extra claims for the ID and access tokens, a JSON object, or {@code null} for none
	 */
	HttpResponse<String> signInAtProvider(HttpResponse<String> providerLoginPage, String username,
			String claimsJson) {
		String pageUrl = providerLoginPage.uri().toString();
		Document page = Jsoup.parse(providerLoginPage.body(), pageUrl);
		Element form = page.selectFirst("form");
		if (providerLoginPage.statusCode() != 200 || form == null) {
			throw new IllegalStateException("Not the provider's login page: " + providerLoginPage.statusCode()
					+ " " + pageUrl + "\n" + abbreviate(providerLoginPage.body()));
		}
		Element subjectField = form.selectFirst("input[name][type=text], input[name]:not([type])");
		Element claimsField = form.selectFirst("textarea[name]");
		if (subjectField == null || claimsField == null) {
			throw new IllegalStateException("The provider's login form has changed: " + form.outerHtml());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element hidden : form.select("input[type=hidden][name]")) {
			fields.put(hidden.attr("name"), hidden.val());
		}
		fields.put(subjectField.attr("name"), username);
		fields.put(claimsField.attr("name"), (claimsJson != null) ? claimsJson : "");
		// no action attribute: the form posts back to the authorize URL, query (the auth request) included
		String action = form.hasAttr("action") ? form.absUrl("action") : pageUrl;
		HttpResponse<String> answer = post(action, fields);
		if (!isRedirect(answer)) {
			throw new IllegalStateException("The provider did not redirect after sign-in: " + answer.statusCode()
					+ "\n" + abbreviate(answer.body()));
		}
		return answer;
	}

	/** Every URL requested so far, in order. */
	List<String> visited() {
		return List.copyOf(this.visited);
	}

	/** The cookies this browser would send to {@code url}. */
	List<HttpCookie> cookiesFor(String url) {
		return this.cookies.getCookieStore().get(URI.create(url));
	}

	/** All cookies held, for asserting that nobody set an unexpected one. */
	List<HttpCookie> cookies() {
		return this.cookies.getCookieStore().getCookies();
	}

	static boolean isRedirect(HttpResponse<?> response) {
		int status = response.statusCode();
		return status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent();
	}

	/** The response's {@code Location}, resolved against the request URL. */
	static URI location(HttpResponse<?> response) {
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("No Location in " + response));
		return response.uri().resolve(location);
	}

	/** The decoded query parameters of a URL (the last value wins). */
	static Map<String, String> queryParameters(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = uri.getRawQuery();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String name = (eq < 0) ? pair : pair.substring(0, eq);
			String value = (eq < 0) ? "" : pair.substring(eq + 1);
			parameters.put(decode(name), decode(value));
		}
		return parameters;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		HttpRequest built = request.timeout(TIMEOUT).build();
		this.visited.add(built.uri().toString());
		try {
			return this.http.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + built.method() + " " + built.uri(), ex);
		}
	}

	private static String formBody(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String body) {
		return (body.length() <= 2000) ? body : body.substring(0, 2000) + "…";
	}

}
