package org.fieldguide.training.events;

import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public check of a certificate: its holder's name, the event and its dates, nothing more. */
@Controller
class CertificateController {

	private final Certificates certificates;

	CertificateController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/{lang:[a-z]{2}}/certificates/{code:[A-Za-z0-9-]{4,20}}")
	String verify(@PathVariable String lang, @PathVariable String code, Model model) {
		Language.ofPage(lang);
		model.addAttribute("certificate",
				certificates.verify(code).orElseThrow(() -> new NotFoundException("No certificate " + code)));
		return "training/events/certificate";
	}

}
