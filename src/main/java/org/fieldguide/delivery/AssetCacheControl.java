package org.fieldguide.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files under {@code /assets/} are linked from pages with their content hash in the name
 * ({@code site-0123…cdef.css}), so such an address never changes content: browsers may keep it for a
 * year without asking again ({@code immutable}). The same file asked for by its plain name (an old
 * bookmark, a manifest) is kept only briefly, since its content changes with the next release.
 */
class AssetCacheControl extends OncePerRequestFilter {

	static final String FINGERPRINTED = "public, max-age=31536000, immutable";

	private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	private final String plain;

	AssetCacheControl(Duration unversionedMaxAge) {
		this.plain = "public, max-age=" + unversionedMaxAge.toSeconds();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/assets/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String policy = HASHED.matcher(request.getRequestURI()).matches() ? FINGERPRINTED : plain;
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? policy : value);
			}

			@Override
			public void addHeader(String name, String value) {
				if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
					super.setHeader(name, policy);
				}
				else {
					super.addHeader(name, value);
				}
			}

		});
	}

}
