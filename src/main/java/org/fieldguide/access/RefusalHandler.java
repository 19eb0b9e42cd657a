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

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		if (response.isCommitted()) {
			return;
		}
		request.setAttribute(CSRF, accessDeniedException instanceof CsrfException);
		request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setHeader("Cache-Control", "no-store");
		request.getRequestDispatcher("/forbidden").forward(request, response);
	}

}
