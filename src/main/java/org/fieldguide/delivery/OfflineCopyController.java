package org.fieldguide.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.delivery.OfflineCopies.Copy;
import org.fieldguide.platform.Language;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /{lang}/offline.zip}: the whole public guide in one language as a static site in a ZIP. It is
 * the same file for every viewer — it holds what an anonymous reader sees, whoever asks — so it may be
 * kept by shared caches and revalidated with its strong ETag. While a copy is being built the request
 * waits a little, then gets 503 with {@code Retry-After} and a page that says so.
 */
@Controller
class OfflineCopyController {

	static final int RETRY_AFTER_SECONDS = 30;

	private final OfflineCopies copies;

	private final OfflineProperties properties;

	private final org.fieldguide.platform.FieldguideProperties site;

	OfflineCopyController(OfflineCopies copies, OfflineProperties properties,
			org.fieldguide.platform.FieldguideProperties site) {
		this.copies = copies;
		this.site = site;
		this.properties = properties;
	}

	@GetMapping("/{lang:[a-z]{2}}/offline.zip")
	ModelAndView download(@PathVariable String lang, HttpServletRequest request, HttpServletResponse response)
			throws IOException, InterruptedException {
		Language language = Language.ofPage(lang);
		// the configured public address (required in prod): the copy is shared by everyone, so a request's
		// own Host header must not decide where its links point
		String onlineBase = site.publicUrl() != null ? site.publicUrl()
				: ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		Copy copy;
		try {
			copy = copies.copy(language, onlineBase).get(properties.buildWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException e) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return new ModelAndView("delivery/offline-building");
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
		if (new ServletWebRequest(request, response).checkNotModified(copy.etag(), copy.builtAt().toEpochMilli())) {
			return null;
		}
		response.setContentType("application/zip");
		response.setContentLengthLong(copy.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(copy.fileName()).build().toString());
		if (!"HEAD".equals(request.getMethod())) {
			try (OutputStream out = response.getOutputStream()) {
				Files.copy(copy.file(), out);
			}
		}
		return null;
	}

}
