package org.fieldguide.delivery;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A start that reads the pages readers read most, then stops: the training run for the JDK's
 * ahead-of-time cache ({@code -XX:AOTCacheOutput}). A cache trained this way holds the classes and method
 * profiles of serving a page, not only of starting, so a later start with {@code -XX:AOTCache} reaches its
 * first page sooner than one trained with {@code spring.context.exit=onRefresh}. Only with
 * {@code fieldguide.warm-up-and-exit=true}; see README "Faster start".
 */
@Component
@ConditionalOnBooleanProperty("fieldguide.warm-up-and-exit")
class WarmUpRun {

	private static final Logger log = LoggerFactory.getLogger(WarmUpRun.class);

	/** Each page is read this often, so that the JDK records how its hot methods behave. */
	private static final int ROUNDS = 30;

	private final LoopbackClient loopback;

	private final ApplicationAvailability availability;

	WarmUpRun(LoopbackClient loopback, ApplicationAvailability availability) {
		this.loopback = loopback;
		this.availability = availability;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Thread.ofPlatform().name("warm-up").start(() -> run(event.getApplicationContext()));
	}

	private void run(ConfigurableApplicationContext context) {
		int code = 0;
		try {
			awaitReadiness(Duration.ofMinutes(5));
			List<String> paths = paths();
			for (int round = 0; round < ROUNDS; round++) {
				for (String path : paths) {
					loopback.get(path);
				}
			}
			log.info("Warm-up read {} pages {} times; stopping", paths.size(), ROUNDS);
		}
		catch (IOException | RuntimeException failed) {
			log.error("Warm-up failed", failed);
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

	private void awaitReadiness(Duration limit) {
		Instant until = Instant.now().plus(limit);
		while (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Home pages, then a category, an entry and the other page kinds found by following links. */
	private List<String> paths() throws IOException {
		Set<String> paths = new LinkedHashSet<>(List.of("/en/", "/ar/", "/en/resources", "/en/search?q=water",
				"/en/changes", "/en/packs", "/en/login", "/sitemap.xml"));
		String home = loopback.getText("/en/");
		if (home != null) {
			String category = first(Jsoup.parse(home), "a[href^=/en/toolkit/]");
			if (category != null) {
				paths.add(category);
				String page = loopback.getText(category);
				String entry = page == null ? null : first(Jsoup.parse(page), "a[href^=" + category + "/]");
				if (entry != null) {
					paths.add(entry);
					paths.add(entry.replaceFirst("^/en/", "/ar/"));
				}
			}
		}
		return new ArrayList<>(paths);
	}

	private static String first(Document page, String selector) {
		var link = page.selectFirst(selector);
		return link == null ? null : link.attr("href");
	}

}
