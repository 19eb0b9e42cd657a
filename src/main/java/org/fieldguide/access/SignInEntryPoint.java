package org.fieldguide.access;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.platform.PathLocaleResolver;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/** Sends a visitor who must sign in to the sign-in page in the language of the page they asked for. */
class SignInEntryPoint extends LoginUrlAuthenticationEntryPoint {

	SignInEntryPoint() {
		super("/login");
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		return "/" + PathLocaleResolver.languageOf(request).code() + "/login?required";
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		response.setHeader("Cache-Control", "no-store");
		super.commence(request, response, authException);
	}

}
