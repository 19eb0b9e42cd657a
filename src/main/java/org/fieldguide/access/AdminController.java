package org.fieldguide.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.fieldguide.platform.PathLocaleResolver;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account administration (role ADMIN, enforced by the security chain): find accounts, create local
 * ones, grant and revoke roles, disable and enable. Changes take effect on the account's next request.
 */
@Controller
class AdminController {

	static final int PAGE_SIZE = 25;

	private final Accounts accounts;

	private final CurrentViewer viewer;

	AdminController(Accounts accounts, CurrentViewer viewer) {
		this.accounts = accounts;
		this.viewer = viewer;
	}

	@GetMapping({ "/admin", "/admin/" })
	String toLanguage(HttpServletRequest request) {
		return "redirect:/" + PathLocaleResolver.languageOf(request).code() + "/admin/accounts";
	}

	@GetMapping({ "/{lang:[a-z]{2}}/admin", "/{lang:[a-z]{2}}/admin/" })
	String home(@PathVariable String lang) {
		return "redirect:/" + Language.ofPage(lang).code() + "/admin/accounts";
	}

	@GetMapping("/{lang:[a-z]{2}}/admin/accounts")
	String list(@PathVariable String lang, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Language.ofPage(lang);
		String text = q == null ? "" : q.replaceAll("\\p{Cntrl}", " ").strip();
		text = text.length() > 100 ? text.substring(0, 100) : text;
		int index = Math.max(0, Math.min(page, 100_000) - 1);
		Page<Accounts.AccountView> found = accounts.search(text, index, PAGE_SIZE);
		model.addAttribute("q", text);
		model.addAttribute("accounts", found);
		model.addAttribute("pageNumber", index + 1);
		return "access/admin-accounts";
	}

	@GetMapping("/{lang:[a-z]{2}}/admin/accounts/new")
	String newAccount(@PathVariable String lang, Model model) {
		Language.ofPage(lang);
		model.addAttribute("roles", Role.values());
		model.addAttribute("form", new NewAccount("", "", "", Set.of(Role.STAFF)));
		return "access/admin-new-account";
	}

	/** What the new-account form sent, to show again after a refusal (never the password). */
	record NewAccount(String username, String displayName, String email, Set<Role> roles) {
	}

	@PostMapping("/{lang:[a-z]{2}}/admin/accounts")
	String create(@PathVariable String lang, @RequestParam(required = false) String username,
			@RequestParam(required = false) String displayName, @RequestParam(required = false) String email,
			@RequestParam(required = false) String password, @RequestParam(required = false) List<Role> roles,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		try {
			Accounts.AccountView created = accounts.createLocal(username, displayName, email, password, chosen);
			redirect.addFlashAttribute("message", "admin.created.message");
			return "redirect:/" + language.code() + "/admin/accounts/" + created.id();
		}
		catch (AccountException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("roles", Role.values());
			model.addAttribute("form", new NewAccount(username, displayName, email, chosen));
			model.addAttribute("error", refused.messageKey());
			return "access/admin-new-account";
		}
	}

	@GetMapping("/{lang:[a-z]{2}}/admin/accounts/{id:\\d{1,18}}")
	String show(@PathVariable String lang, @PathVariable long id, Model model) {
		Language.ofPage(lang);
		model.addAttribute("account", find(id));
		model.addAttribute("roles", Role.values());
		model.addAttribute("self", Long.valueOf(id).equals(viewer.get().accountId()));
		return "access/admin-account";
	}

	@PostMapping("/{lang:[a-z]{2}}/admin/accounts/{id:\\d{1,18}}/roles")
	String roles(@PathVariable String lang, @PathVariable long id, @RequestParam(required = false) List<Role> roles,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		find(id);
		try {
			accounts.setRoles(id, roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
					viewer.get());
		}
		catch (AccountException refused) {
			return refusedOn(id, refused, model, response);
		}
		redirect.addFlashAttribute("message", "admin.rolesSaved");
		return "redirect:/" + language.code() + "/admin/accounts/" + id;
	}

	@PostMapping("/{lang:[a-z]{2}}/admin/accounts/{id:\\d{1,18}}/enabled")
	String enabled(@PathVariable String lang, @PathVariable long id, @RequestParam boolean enabled, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Language language = Language.ofPage(lang);
		find(id);
		try {
			accounts.setEnabled(id, enabled, viewer.get());
		}
		catch (AccountException refused) {
			return refusedOn(id, refused, model, response);
		}
		redirect.addFlashAttribute("message", enabled ? "admin.enabledSaved" : "admin.disabledSaved");
		return "redirect:/" + language.code() + "/admin/accounts/" + id;
	}

	private String refusedOn(long id, AccountException refused, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("account", find(id));
		model.addAttribute("roles", Role.values());
		model.addAttribute("self", Long.valueOf(id).equals(viewer.get().accountId()));
		model.addAttribute("error", refused.messageKey());
		return "access/admin-account";
	}

	private Accounts.AccountView find(long id) {
		return accounts.find(id).orElseThrow(() -> new NotFoundException("No account " + id));
	}


}
