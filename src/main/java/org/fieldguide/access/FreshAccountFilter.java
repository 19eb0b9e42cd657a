package org.fieldguide.access;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a signed-in request's account afresh: its current roles replace those remembered in the
 * session for this request, and a disabled or deleted account's session is ended and the request goes
 * on as anonymous. So an administrator's change takes effect on the account's next request, on every
 * node, without tracking sessions.
 */
class FreshAccountFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	FreshAccountFilter(Accounts accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof AccountPrincipal principal) {
			Optional<Accounts.AccountState> state = accounts.state(principal.accountId());
			SecurityContext fresh = SecurityContextHolder.createEmptyContext();
			if (state.isEmpty() || !state.get().enabled()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				fresh.setAuthentication(new AnonymousAuthenticationToken("fieldguide", "anonymousUser",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
				events.publishEvent(new SignInAttempt(Instant.now(), principal.accountId(), current.getName(),
						principal.method(), request.getRemoteAddr(), false, "session ended: account disabled"));
			}
			else {
				List<SimpleGrantedAuthority> authorities = state.get()
					.roles()
					.stream()
					.map(r -> new SimpleGrantedAuthority(r.authority()))
					.toList();
				fresh.setAuthentication(current instanceof OAuth2AuthenticationToken oauth
						? new OAuth2AuthenticationToken(oauth.getPrincipal(), authorities,
								oauth.getAuthorizedClientRegistrationId())
						: UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities));
			}
			SecurityContextHolder.setContext(fresh);
		}
		chain.doFilter(request, response);
	}

}
