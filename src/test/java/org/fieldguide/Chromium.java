package org.fieldguide;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The system's headless Chromium driven by Playwright, the one way browser tests start a browser: never a
 * downloaded one, and with the flags a container needs.
 */
public final class Chromium implements AutoCloseable {

	public static final String PATH = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Chromium start() {
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(PATH))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync")));
			return new Chromium(playwright, browser);
		}
		catch (RuntimeException e) {
			playwright.close();
			throw e;
		}
	}

	public Browser browser() {
		return browser;
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
