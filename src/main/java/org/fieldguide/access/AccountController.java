package org.fieldguide.access;

import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": who I am, my roles, how I sign in, and a new password for a local account. */
@Controller
class AccountController {

	private final Accounts accounts;

	private final CurrentViewer viewer;

	AccountController(Accounts accounts, CurrentViewer viewer) {
		this.accounts = accounts;
		this.viewer = viewer;
	}

	@GetMapping("/account")
	String toLanguage(jakarta.servlet.http.HttpServletRequest request) {
		return "redirect:/" + org.fieldguide.platform.PathLocaleResolver.languageOf(request).code() + "/account";
	}

	@GetMapping("/{lang:[a-z]{2}}/account")
	String account(@PathVariable String lang, Model model) {
		Language.ofPage(lang);
		model.addAttribute("account", mine());
		return "access/account";
	}

	@PostMapping("/{lang:[a-z]{2}}/account/password")
	String changePassword(@PathVariable String lang, @RequestParam(required = false) String current,
			@RequestParam(name = "password", required = false) String next,
			@RequestParam(required = false) String confirmation, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		Language language = Language.ofPage(lang);
		Accounts.AccountView account = mine();
		try {
			accounts.changePassword(account.id(), current, next, confirmation);
		}
		catch (AccountException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("account", account);
			model.addAttribute("passwordError", refused.messageKey());
			return "access/account";
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/" + language.code() + "/account";
	}

	private Accounts.AccountView mine() {
		Long id = viewer.get().accountId();
		return accounts.find(id == null ? -1 : id).orElseThrow(() -> new NotFoundException("No account"));
	}


}
