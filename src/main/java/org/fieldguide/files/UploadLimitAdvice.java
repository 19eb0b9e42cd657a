package org.fieldguide.files;

import java.util.EnumSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.platform.Language;
import org.fieldguide.platform.LanguageLink;
import org.fieldguide.platform.PathLocaleResolver;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A request larger than Spring's multipart limit (set from {@code fieldguide.uploads.max-size}) is
 * refused before any controller sees it; this answers it with 413 and a page that says the limit,
 * instead of a stack trace.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final Uploads uploads;

	UploadLimitAdvice(Uploads uploads) {
		this.uploads = uploads;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		Language language = PathLocaleResolver.languageOf(request);
		ModelAndView page = new ModelAndView("files/upload-too-large");
		page.addObject("lang", language);
		page.addObject("languageLinks", LanguageLink.forPath("/", language, EnumSet.allOf(Language.class)));
		page.addObject("currentPath", "/" + language.code() + "/");
		page.addObject("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		page.addObject("maxMegabytes", Math.max(1, uploads.maxBytes() / (1024 * 1024)));
		page.addObject("back", request.getHeader("Referer") != null && request.getHeader("Referer").startsWith(
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()) ? request.getHeader("Referer") : null);
		return page;
	}

}
