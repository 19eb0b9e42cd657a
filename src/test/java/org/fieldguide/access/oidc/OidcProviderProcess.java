package org.fieldguide.access.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenID Connect provider (no.nav mock-oauth2-server, standalone) running as a separate OS process,
 * so that {@code oauth2Login} integration tests talk to it over HTTP exactly as they would to a real
 * provider: discovery, login form, code, token endpoint, JWKS, end session. Each issuer id is its own
 * issuer with its own keys, so one process can serve several "providers".
 * <p>
 * The process runs the test JVM's own {@code java} with the test classpath (the mock server is a test
 * dependency) and listens on a free port on 127.0.0.1 only; its output goes to
 * {@code target/oidc-provider-<port>.log}. The mock builds every issuer URL from the request's Host header:
 * always use {@link #issuer(String)} (127.0.0.1, never {@code localhost}) or the {@code iss} check fails.
 */
final class OidcProviderProcess implements AutoCloseable {

	/** The mock server's standalone entry point (a Kotlin top-level {@code main}). */
	static final String MAIN_CLASS = "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt";

	/** Interactive login shows a form for a subject and extra claims; Netty is what the standalone image uses. */
	static final String CONFIG = """
			{"interactiveLogin": true, "httpServer": "NettyWrapper"}""";

	static final String HOST = "127.0.0.1";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

	/** The issuer id probed for readiness; any id is answered. */
	private static final String PROBE_ISSUER = "probe";

	private static final int ATTEMPTS = 3;

	private final Process process;

	private final int port;

	private final Path log;

	private final Duration startupTime;

	private final Thread reaper;

	private OidcProviderProcess(Process process, Thread reaper, int port, Path log, Duration startupTime) {
		this.process = process;
		this.reaper = reaper;
		this.port = port;
		this.log = log;
		this.startupTime = startupTime;
	}

	/**
	 * Launches the provider on a free port and returns once its discovery document answers. The port is
	 * picked by binding and releasing it, so another process may grab it in between: a launch that fails
	 * to bind is retried on a new port.
	 */
	static OidcProviderProcess start() {
		for (int attempt = 1;; attempt++) {
			try {
				return launch(freePort());
			}
			catch (ProviderDiedException ex) {
				if (attempt == ATTEMPTS || !ex.getMessage().contains("BindException")) {
					throw ex;
				}
			}
		}
	}

	/** {@code http://127.0.0.1:<port>/<issuerId>}, the issuer (and discovery base) the provider announces. */
	String issuer(String issuerId) {
		return "http://" + HOST + ":" + this.port + "/" + issuerId;
	}

	int port() {
		return this.port;
	}

	/** Where the provider process writes its output. */
	Path log() {
		return this.log;
	}

	/** From launch to the first 200 from the discovery endpoint. */
	Duration startupTime() {
		return this.startupTime;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	@Override
	public void close() {
		stop(this.process, this.reaper);
	}

	private static OidcProviderProcess launch(int port) {
		Path log = Path.of("target", "oidc-provider-" + port + ".log").toAbsolutePath();
		long started = System.nanoTime();
		Process process = spawn(port, log);
		// should the test JVM end without close(), e.g. on Ctrl-C, the provider must not outlive it
		Thread reaper = new Thread(process::destroyForcibly, "oidc-provider-reaper-" + port);
		Runtime.getRuntime().addShutdownHook(reaper);
		try {
			awaitDiscovery(process, port, log, started);
		}
		catch (RuntimeException | Error ex) {
			stop(process, reaper);
			throw ex;
		}
		return new OidcProviderProcess(process, reaper, port, log, Duration.ofNanos(System.nanoTime() - started));
	}

	private static Process spawn(int port, Path log) {
		List<String> command = new ArrayList<>();
		command.add(javaBinary());
		// C1 only: measured ~25% faster to the first discovery answer (about 3 s instead of 4 s on 2 CPUs);
		// a small serial heap suits a server that answers a handful of requests
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-XX:+UseSerialGC");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(MAIN_CLASS);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		// the mock reads nothing but these; drop anything inherited that could redirect it
		for (String name : List.of("PORT", "JSON_CONFIG_PATH", "LOGBACK_CONFIG", "JAVA_TOOL_OPTIONS",
				"JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
			env.remove(name);
		}
		env.put("SERVER_HOSTNAME", HOST);
		env.put("SERVER_PORT", Integer.toString(port));
		env.put("JSON_CONFIG", CONFIG);
		env.put("LOG_LEVEL", System.getProperty("oidc.provider.log-level", "INFO"));
		try {
			Files.createDirectories(log.getParent());
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not launch the OIDC provider: " + command, ex);
		}
	}

	private static void awaitDiscovery(Process process, int port, Path log, long started) {
		URI discovery = URI.create("http://" + HOST + ":" + port + "/" + PROBE_ISSUER
				+ "/.well-known/openid-configuration");
		long deadline = started + STARTUP_TIMEOUT.toNanos();
		try (HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build()) {
			HttpRequest request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build();
			while (true) {
				if (!process.isAlive()) {
					throw new ProviderDiedException("The OIDC provider on port " + port + " exited with "
							+ process.exitValue() + " before answering " + discovery + "\n" + tail(log));
				}
				// a failed main() leaves the JVM running on the server's non-daemon threads
				if (tail(log).contains("Exception in thread \"main\"")) {
					throw new ProviderDiedException("The OIDC provider on port " + port + " failed to start\n"
							+ tail(log));
				}
				try {
					HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200) {
						return;
					}
				}
				catch (ConnectException ex) {
					// not listening yet
				}
				catch (IOException ex) {
					// listening but not answering properly yet
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The OIDC provider on port " + port + " did not answer "
							+ discovery + " within " + STARTUP_TIMEOUT + "\n" + tail(log));
				}
				Thread.sleep(POLL_INTERVAL);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the OIDC provider", ex);
		}
	}

	private static void stop(Process process, Thread reaper) {
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		try {
			Runtime.getRuntime().removeShutdownHook(reaper);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down; the hook runs anyway
		}
	}

	private static String javaBinary() {
		Path fromHome = Path.of(System.getProperty("java.home"), "bin", "java");
		if (Files.isExecutable(fromHome)) {
			return fromHome.toString();
		}
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on " + HOST, ex);
		}
	}

	/** The last lines of the provider's log, for failure messages. */
	static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return "--- " + log + " (tail) ---\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "--- " + log + " unreadable: " + ex + " ---";
		}
	}

	/** The process went away (or its main failed) before it served. */
	private static final class ProviderDiedException extends IllegalStateException {

		ProviderDiedException(String message) {
			super(message);
		}

	}

}
