package org.fieldguide.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads this application's own pages and files over the loopback interface, without a cookie: exactly
 * what an anonymous visitor is served, through the same controllers, filters and visibility policy. An
 * offline copy is made of these answers, so it can never hold more than an anonymous reader may see,
 * whoever asked for the copy.
 */
@Component
class LoopbackClient {

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Environment environment;

	private volatile String origin;

	LoopbackClient(Environment environment) {
		this.environment = environment;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			String address = environment.getProperty("server.address", "127.0.0.1");
			String host = address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1" : address;
			String contextPath = environment.getProperty("server.servlet.context-path", "");
			this.origin = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + event.getWebServer().getPort()
					+ contextPath;
		}
	}

	/** Where this application answers on the loopback interface, with its context path. */
	String origin() {
		if (origin == null) {
			throw new IllegalStateException("The web server has not started; an offline copy needs it");
		}
		return origin;
	}

	/** The body of a successful anonymous GET, or {@code null} when the answer is anything but 200. */
	byte[] get(String path) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(origin() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept-Language", "en")
			.GET()
			.build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return response.statusCode() == 200 ? response.body() : null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while reading " + path, e);
		}
	}

	String getText(String path) throws IOException {
		byte[] body = get(path);
		return body == null ? null : new String(body, StandardCharsets.UTF_8);
	}

}
