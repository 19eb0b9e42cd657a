package org.fieldguide.audit;

import org.fieldguide.platform.Language;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /{lang}/admin/sign-ins}: the sign-in log, newest first, 50 lines a page (ADMIN only, by address). */
@Controller
class SignInLogController {

	static final int PAGE_SIZE = 50;

	private final SignInLog log;

	SignInLogController(SignInLog log) {
		this.log = log;
	}

	@GetMapping("/{lang:[a-z]{2}}/admin/sign-ins")
	String page(@PathVariable String lang, @RequestParam(required = false) Long account,
			@RequestParam(defaultValue = "false") boolean failures, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Language.ofPage(lang);
		int index = Math.max(0, Math.min(page, 1_000_000) - 1);
		Page<SignInRecord> lines = log.page(account, failures, index, PAGE_SIZE);
		model.addAttribute("lines", lines);
		model.addAttribute("account", account);
		model.addAttribute("failures", failures);
		model.addAttribute("pageNumber", index + 1);
		return "audit/sign-ins";
	}

}
