package org.fieldguide.access;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.fieldguide.platform.Language;
import org.fieldguide.platform.PathLocaleResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: "Sign in with your organisation account" for each configured provider, and the
 * local form (posted to {@code /login}, where Spring Security checks it). {@code /login} itself sends
 * the visitor to the page in their browser's language.
 */
@Controller
class SignInController {

	private final ObjectProvider<ClientRegistrationRepository> clients;

	private final AccessProperties properties;

	private final CurrentViewer viewer;

	SignInController(ObjectProvider<ClientRegistrationRepository> clients, AccessProperties properties,
			CurrentViewer viewer) {
		this.clients = clients;
		this.properties = properties;
		this.viewer = viewer;
	}

	/** A configured provider as the sign-in page offers it. */
	record ProviderLink(String href, String name) {
	}

	@GetMapping("/login")
	String toLanguage(HttpServletRequest request) {
		String query = request.getQueryString();
		return "redirect:/" + PathLocaleResolver.languageOf(request).code() + "/login"
				+ (query == null ? "" : "?" + query);
	}

	@GetMapping("/{lang:[a-z]{2}}/login")
	String signIn(@PathVariable String lang, @RequestParam(required = false) String error,
			@RequestParam(required = false) Long wait, @RequestParam(required = false) String next,
			HttpServletRequest request, Model model) {
		Language language = Language.ofPage(lang);
		String safe = SignInHandlers.safeNext(next);
		if (safe != null) {
			HttpSession session = request.getSession();
			session.setAttribute(SignInHandlers.NEXT, safe);
		}
		if (viewer.get().signedIn() && error == null) {
			return "redirect:" + (safe != null ? safe : "/" + language.code() + "/account");
		}
		model.addAttribute("providers", providers());
		model.addAttribute("error", error == null ? null : switch (error) {
			case "wait", "locked", "disabled", "provider" -> error;
			default -> "credentials";
		});
		model.addAttribute("waitMinutes", wait == null ? 1 : Math.max(1, (Math.min(wait, 86_400) + 59) / 60));
		model.addAttribute("required", request.getParameter("required") != null);
		return "access/login";
	}

	@RequestMapping("/forbidden")
	String forbidden(HttpServletRequest request, Model model) {
		model.addAttribute("status", 403);
		model.addAttribute("csrf", Boolean.TRUE.equals(request.getAttribute(RefusalHandler.CSRF)));
		return "error";
	}

	private List<ProviderLink> providers() {
		ClientRegistrationRepository repository = clients.getIfAvailable();
		List<ProviderLink> links = new ArrayList<>();
		if (repository instanceof Iterable<?> registrations) {
			for (Object item : registrations) {
				ClientRegistration registration = (ClientRegistration) item;
				String id = registration.getRegistrationId();
				String name = properties.provider(id).displayName();
				links.add(new ProviderLink("/oauth2/authorization/" + id,
						name != null && !name.isBlank() ? name : registration.getClientName()));
			}
		}
		return links;
	}

}
