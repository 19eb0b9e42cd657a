package org.fieldguide.access;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A signed-in account without the right, or a form sent without its valid CSRF token, gets the 403
 * page in the visitor's language ({@code /forbidden} renders it), never a bare error.
 */
class RefusalHandler implements AccessDeniedHandler {

	static final String CSRF = "fieldguide.csrfRefused";

	private final long maxMultipartBytes;

	/**
	 * @param maxMultipartBytes the server's multipart request limit, or a negative number for none: a
	 * form larger than that cannot be read, so its CSRF token cannot either, and the honest answer is
	 * 413 (the error page names the limit), not "form expired"
	 */
	RefusalHandler(long maxMultipartBytes) {
		this.maxMultipartBytes = maxMultipartBytes;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		if (response.isCommitted()) {
			return;
		}
		if (accessDeniedException instanceof CsrfException && tooLargeToRead(request)) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		request.setAttribute(CSRF, accessDeniedException instanceof CsrfException);
		request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setHeader("Cache-Control", "no-store");
		request.getRequestDispatcher("/forbidden").forward(request, response);
	}

	private boolean tooLargeToRead(HttpServletRequest request) {
		String type = request.getContentType();
		return maxMultipartBytes >= 0 && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				&& request.getContentLengthLong() > maxMultipartBytes;
	}

}
