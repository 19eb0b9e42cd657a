package org.fieldguide.access;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.fieldguide.platform.PathLocaleResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * What happens after a sign-in attempt, local or through a provider, and after sign-out: every attempt
 * is published for the audit log; a success lands on the page the visitor was trying to open (the
 * request saved when sign-in was required, or the {@code next} page the sign-in link came from); a
 * failure returns to the sign-in page with one message that does not tell an unknown account name
 * from a wrong password.
 */
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

	/** Session attribute holding the safe local path to return to after sign-in. */
	static final String NEXT = "fieldguide.next";

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<ClientRegistrationRepository> clients;

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	SignInHandlers(Accounts accounts, ApplicationEventPublisher events,
			ObjectProvider<ClientRegistrationRepository> clients) {
		this.accounts = accounts;
		this.events = events;
		this.clients = clients;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
		accounts.signedIn(principal.accountId());
		events.publishEvent(new SignInAttempt(Instant.now(), principal.accountId(), authentication.getName(),
				principal.method(), request.getRemoteAddr(), true, "signed in"));
		HttpSession session = request.getSession(false);
		String next = session == null ? null : safeNext((String) session.getAttribute(NEXT));
		if (session != null) {
			session.removeAttribute(NEXT);
		}
		SavedRequest saved = requestCache.getRequest(request, response);
		if (saved == null && next != null) {
			response.setHeader("Cache-Control", "no-store");
			response.sendRedirect(request.getContextPath() + next);
			return;
		}
		SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
		landing.setDefaultTargetUrl("/" + PathLocaleResolver.languageOf(request).code() + "/");
		landing.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String uri = request.getRequestURI();
		boolean provider = uri.contains("/login/oauth2/code/");
		String method = provider ? uri.substring(uri.lastIndexOf('/') + 1) : Account.LOCAL;
		String username = provider ? null : LocalSignInProvider.normalise(request.getParameter("username"));
		String code;
		String reason;
		long waitSeconds = 0;
		if (exception instanceof SignInThrottledException throttled) {
			code = throttled.locked() ? "locked" : "wait";
			waitSeconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
			reason = throttled.locked() ? "refused: temporarily locked" : "refused: must wait";
		}
		else if (exception instanceof LocalSignInProvider.CredentialsRefusedException refused) {
			code = "credentials";
			reason = refused.getMessage() + (refused.nowLocked() ? "; now temporarily locked" : "");
		}
		else if (exception instanceof DisabledException) {
			code = "disabled";
			reason = "account disabled";
		}
		else if (exception instanceof OAuth2AuthenticationException oauth) {
			code = "provider";
			reason = "provider sign-in failed: " + oauth.getError().getErrorCode();
		}
		else {
			code = provider ? "provider" : "credentials";
			reason = "failed: " + exception.getClass().getSimpleName();
		}
		events.publishEvent(new SignInAttempt(Instant.now(), null, username, method, request.getRemoteAddr(), false,
				reason.length() > 200 ? reason.substring(0, 200) : reason));
		String language = languageParam(request);
		response.setHeader("Cache-Control", "no-store");
		response.sendRedirect(request.getContextPath() + "/" + language + "/login?error=" + code
				+ (waitSeconds > 0 ? "&wait=" + waitSeconds : ""));
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		String home = "/" + languageParam(request) + "/";
		ClientRegistrationRepository registrations = clients.getIfAvailable();
		if (registrations != null && authentication != null && authentication.getPrincipal() instanceof ProviderUser) {
			OidcClientInitiatedLogoutSuccessHandler atProvider = new OidcClientInitiatedLogoutSuccessHandler(
					registrations);
			atProvider.setPostLogoutRedirectUri("{baseUrl}" + home);
			atProvider.setDefaultTargetUrl(home);
			atProvider.onLogoutSuccess(request, response, authentication);
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		response.sendRedirect(request.getContextPath() + home);
	}

	private static String languageParam(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		return org.fieldguide.platform.Language.fromCode(lang == null ? "" : lang)
			.orElseGet(() -> PathLocaleResolver.languageOf(request))
			.code();
	}

	/** A path on this site (never another host), or null. */
	static String safeNext(String next) {
		if (next == null || next.length() > 500 || !next.startsWith("/") || next.startsWith("//")
				|| next.contains("\\") || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
			return null;
		}
		return next;
	}

}
