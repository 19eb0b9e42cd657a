package org.fieldguide.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldguide.platform.Language;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The installable web app: a manifest per language, the service worker that keeps pages for reading
 * without a connection, and the page it shows when a page was not kept.
 */
@Controller
class WebAppController {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	/** The header colour of site.css ({@code --brand}) and its page background ({@code --paper}). */
	static final String THEME_COLOUR = "#0d3b48";

	static final String BACKGROUND_COLOUR = "#ffffff";

	private final MessageSource messages;

	private final ResourceUrlProvider assets;

	private final String serviceWorker;

	WebAppController(MessageSource messages, ResourceUrlProvider assets) throws IOException {
		this.messages = messages;
		this.assets = assets;
		this.serviceWorker = new ClassPathResource("delivery/sw.js").getContentAsString(StandardCharsets.UTF_8);
	}

	@GetMapping("/{lang:[a-z]{2}}/manifest.webmanifest")
	ResponseEntity<Map<String, Object>> manifest(@PathVariable String lang) {
		Language language = Language.ofPage(lang);
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("id", "/" + language.code() + "/");
		manifest.put("name", text("webapp.name", language));
		manifest.put("short_name", text("webapp.shortName", language));
		manifest.put("description", text("webapp.description", language));
		manifest.put("lang", language.code());
		manifest.put("dir", language.dir());
		manifest.put("start_url", "/" + language.code() + "/");
		manifest.put("scope", "/");
		manifest.put("display", "standalone");
		manifest.put("theme_color", THEME_COLOUR);
		manifest.put("background_color", BACKGROUND_COLOUR);
		manifest.put("icons", List.of(icon("/assets/img/icon.svg", "any", "image/svg+xml", "any"),
				icon("/assets/img/icon-192.png", "192x192", "image/png", "any"),
				icon("/assets/img/icon-512.png", "512x512", "image/png", "any"),
				icon("/assets/img/icon-maskable-512.png", "512x512", "image/png", "maskable")));
		return ResponseEntity.ok().contentType(MANIFEST).body(manifest);
	}

	/**
	 * At the root so that it may control every page; never kept by the browser's HTTP cache, so that a
	 * new version reaches readers on their next visit.
	 */
	@GetMapping("/sw.js")
	ResponseEntity<String> serviceWorker() {
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", "/")
			.body(serviceWorker);
	}

	/** Shown by the service worker for a page that was not kept; kept itself when the worker installs. */
	@GetMapping("/{lang:[a-z]{2}}/offline")
	String offline(@PathVariable String lang) {
		Language.ofPage(lang);
		return "delivery/offline";
	}

	private Map<String, String> icon(String path, String sizes, String type, String purpose) {
		String href = assets.getForLookupPath(path);
		return Map.of("src", href != null ? href : path, "sizes", sizes, "type", type, "purpose", purpose);
	}

	private String text(String key, Language language) {
		return messages.getMessage(key, null, language.locale());
	}

}
