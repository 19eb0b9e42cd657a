package org.fieldguide.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may keep a copy of a response. A page or file read anonymously is the same for every anonymous
 * visitor, so shared caches may keep it briefly ({@code public}, varying on the cookie so that a signed-in
 * request never gets an anonymous copy). Anything read while signed in may differ by viewer and is
 * {@code private}; sign-in, account and administration pages and anything that is not a plain read
 * are never stored. Handlers that know better (static assets, redirects to sign-in) set their own.
 */
class ViewerCacheHeaders extends OncePerRequestFilter {

	static final String PUBLIC = "public, max-age=300";

	static final String PRIVATE = "private, no-cache";

	static final String NEVER = "no-store";

	private final CurrentViewer viewer;

	ViewerCacheHeaders(CurrentViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/assets/")) {
			response.setHeader("Cache-Control", policyFor(request.getMethod(), path, viewer.get().signedIn()));
			response.setHeader("Vary", "Cookie");
		}
		chain.doFilter(request, response);
	}

	static String policyFor(String method, String path, boolean signedIn) {
		boolean read = "GET".equals(method) || "HEAD".equals(method);
		if (!read || personal(path)) {
			return NEVER;
		}
		return signedIn ? PRIVATE : PUBLIC;
	}

	private static boolean personal(String path) {
		String rest = path.length() >= 3 && path.charAt(0) == '/' && (path.length() == 3 || path.charAt(3) == '/')
				? path.substring(3) : path;
		return rest.startsWith("/login") || rest.startsWith("/account") || rest.startsWith("/admin")
				|| rest.startsWith("/editor") || rest.startsWith("/oauth2") || rest.startsWith("/logout")
				|| rest.startsWith("/forbidden") || rest.startsWith("/actuator")
				// training: trainers' workspace and participants' own pages hold personal data
				|| rest.startsWith("/trainer") || rest.startsWith("/events") || rest.startsWith("/certificates");
	}

}
