package org.fieldguide.delivery;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.fieldguide.platform.Language;
import org.fieldguide.platform.PathLocaleResolver;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The size of the page language's offline copy, for the home page's "Download for offline use (ZIP,
 * n MB)" link; {@code null} while no copy of the guide as it is now has been built (the link then
 * shows no size, and following it builds one).
 */
@ControllerAdvice
class OfflineCopyLink {

	private final OfflineCopies copies;

	OfflineCopyLink(OfflineCopies copies) {
		this.copies = copies;
	}

	@ModelAttribute("offlineCopyMb")
	String offlineCopyMb(HttpServletRequest request) {
		Language language = PathLocaleResolver.languageOf(request);
		return copies.ready(language)
			.map(c -> String.format(Locale.ROOT, "%.1f", Math.max(0.1, c.size() / (1024.0 * 1024.0))))
			.orElse(null);
	}

}
