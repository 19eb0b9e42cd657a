package org.fieldguide.delivery;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.fieldguide.guide.GuideChanged;
import org.fieldguide.guide.GuideVersion;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rendered public pages kept in memory as prepared bytes (plain, gzip and, where available, Brotli) with
 * their strong ETag, and served ahead of the security chain and Spring MVC to requests that carry no
 * session. Whether a response may be kept is decided by the response itself, after the normal chain has
 * made it: only a {@code 200} that the access module marked {@code public} (what an anonymous viewer
 * gets) and that set no cookie. Staff content and anything that depends on the viewer is therefore never
 * kept, by construction. Every kept page remembers the {@link GuideVersion} it was rendered from and is
 * dropped when the guide changes.
 */
class PageCache extends OncePerRequestFilter {

	/** Tells tests and operators whether a response came from the kept copy. */
	static final String STATUS_HEADER = "X-Page-Cache";

	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length",
			"transfer-encoding", "content-encoding", "etag", "last-modified", "vary", "connection", "keep-alive",
			STATUS_HEADER.toLowerCase(Locale.ROOT));

	private static final List<String> KEPT_TYPES = List.of("text/html", "application/json", "application/xml",
			"text/xml", "text/plain", "application/manifest+json");

	private static final int MAX_KEY_LENGTH = 2048;

	private final GuideVersion version;

	private final String sessionCookie;

	private final long maxPageSize;

	private final Cache<String, PreparedPage> pages;

	PageCache(GuideVersion version, DeliveryProperties.PageCache settings, String sessionCookie) {
		this.version = version;
		this.sessionCookie = sessionCookie;
		this.maxPageSize = settings.maxPageSize().toBytes();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(settings.maxSize().toBytes())
			.weigher((String key, PreparedPage page) -> key.length() * 2 + page.weight())
			.build();
	}

	/** One kept response: its headers, its bytes in each coding, and which version of the guide it shows. */
	record PreparedPage(long version, Instant lastModified, String contentType, List<String[]> headers,
			String etag, byte[] plain, byte[] gzip, byte[] brotli) {

		int weight() {
			return 512 + plain.length + gzip.length + (brotli != null ? brotli.length : 0);
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = keyOf(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		GuideVersion.Stamp stamp = version.current();
		PreparedPage page = pages.getIfPresent(key);
		if (page != null && page.version() == stamp.number()) {
			response.setHeader(STATUS_HEADER, "hit");
			replayHeaders(page, response);
			send(page, request, response);
			return;
		}
		if ("HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		page = keepable(capture) ? prepare(capture, stamp) : null;
		if (page == null) {
			capture.copyBodyToResponse();
			return;
		}
		pages.put(key, page);
		response.setHeader(STATUS_HEADER, "miss");
		send(page, request, response);
	}

	/** The cache key for a request that may be answered from kept pages, or null when it may not. */
	private String keyOf(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return null;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(HttpHeaders.RANGE) != null
				|| carriesSession(request)) {
			return null;
		}
		String path = request.getRequestURI();
		if (path.startsWith("/files/") || path.startsWith("/assets/") || path.startsWith("/actuator")
				|| path.endsWith(".pdf") || path.endsWith(".zip")) {
			return null;
		}
		String query = request.getQueryString();
		if (query == null && !request.getParameterMap().isEmpty()) {
			return null; // parameters that are not in the address (an in-process test request): do not guess
		}
		String key = (request.isSecure() ? "https" : request.getScheme()) + "://" + request.getServerName() + ":" + request.getServerPort() + path
				+ (query != null ? "?" + query : "");
		return key.length() <= MAX_KEY_LENGTH ? key : null;
	}

	private boolean carriesSession(HttpServletRequest request) {
		if (request.getRequestedSessionId() != null || request.getSession(false) != null) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (sessionCookie.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean keepable(ContentCachingResponseWrapper response) {
		if (response.getStatus() != 200 || response.getContentSize() > maxPageSize
				|| response.getHeader("Set-Cookie") != null) {
			return false;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl == null || !cacheControl.toLowerCase(Locale.ROOT).contains("public")) {
			return false;
		}
		String type = response.getContentType();
		return type != null && KEPT_TYPES.stream().anyMatch(t -> type.toLowerCase(Locale.ROOT).startsWith(t));
	}

	private PreparedPage prepare(ContentCachingResponseWrapper response, GuideVersion.Stamp stamp) {
		byte[] plain = response.getContentAsByteArray();
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				continue;
			}
			for (String value : response.getHeaders(name)) {
				headers.add(new String[] { name, value });
			}
		}
		return new PreparedPage(stamp.number(), stamp.changedAt(), response.getContentType(), List.copyOf(headers),
				etagOf(plain), plain, Compression.gzip(plain), Compression.brotli(plain));
	}

	/** The headers the normal chain wrote when the page was made (security headers, cache policy). */
	private static void replayHeaders(PreparedPage page, HttpServletResponse response) {
		for (String[] header : page.headers()) {
			response.addHeader(header[0], header[1]);
		}
		response.setContentType(page.contentType());
	}

	/**
	 * Sends the page in the best coding the request accepts, or {@code 304}. On a miss the normal chain
	 * has already written the page's other headers to the response; on a hit they were replayed.
	 */
	private static void send(PreparedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Encoding");
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] body;
		String coding;
		if (page.brotli() != null && Compression.accepts(acceptEncoding, "br")) {
			body = page.brotli();
			coding = "br";
		}
		else if (Compression.accepts(acceptEncoding, "gzip")) {
			body = page.gzip();
			coding = "gzip";
		}
		else {
			body = page.plain();
			coding = null;
		}
		String etag = etagFor(page.etag(), coding);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
		if (notModified(page, request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		if (coding != null) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, coding);
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * Conditional GET: {@code If-None-Match} with any of the page's ETags (one per coding, compared weakly
	 * as RFC 9110 asks), or, without it, {@code If-Modified-Since} not older than the guide's change.
	 */
	private static boolean notModified(PreparedPage page, HttpServletRequest request) {
		Enumeration<String> ifNoneMatch = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && ifNoneMatch.hasMoreElements()) {
			while (ifNoneMatch.hasMoreElements()) {
				for (String tag : ifNoneMatch.nextElement().split(",")) {
					String candidate = tag.trim();
					if (candidate.startsWith("W/")) {
						candidate = candidate.substring(2);
					}
					if (candidate.equals("*") || candidate.equals(etagFor(page.etag(), null))
							|| candidate.equals(etagFor(page.etag(), "gzip"))
							|| candidate.equals(etagFor(page.etag(), "br"))) {
						return true;
					}
				}
			}
			return false;
		}
		try {
			long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since >= 0 && page.lastModified().toEpochMilli() / 1000 <= since / 1000;
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
	}

	/** A strong ETag per coding: the same page gzip-compressed is a different representation. */
	private static String etagFor(String base, String coding) {
		return "\"" + base + (coding != null ? "-" + coding : "") + "\"";
	}

	private static String etagOf(byte[] plain) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(plain);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void guideChanged(GuideChanged event) {
		pages.invalidateAll();
	}

	/**
	 * The home page shows the offline copy's size once the copy exists, which is not a content change:
	 * pages kept before it was built are dropped (once per language and guide version).
	 */
	@EventListener
	void offlineCopyReady(OfflineCopyReady event) {
		pages.invalidateAll();
	}

	/** Search pages said "index being rebuilt" while it was; drop them once it is back. */
	@EventListener
	void readiness(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
			pages.invalidateAll();
		}
	}

	long size() {
		return pages.estimatedSize();
	}

}
