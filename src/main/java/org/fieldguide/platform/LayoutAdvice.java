package org.fieldguide.platform;

import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the language and the language switcher. */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("lang")
	Language language(HttpServletRequest request) {
		return PathLocaleResolver.languageOf(request);
	}

	/** The address of this installation as the visitor reached it, for absolute links such as hreflang. */
	@ModelAttribute("baseUrl")
	String baseUrl() {
		return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	/** This page's address on the site, with its query, for "sign in and come back here" links. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return currentPathOf(request);
	}

	static String currentPathOf(HttpServletRequest request) {
		String query = request.getQueryString();
		String path = PathLocaleResolver.originalPath(request);
		return query == null || query.length() > 300 ? path : path + "?" + query;
	}

	/** Pages whose content is not per-entry exist in every language; entry pages replace this. */
	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request) {
		return LanguageLink.forPath(PathLocaleResolver.originalPath(request), PathLocaleResolver.languageOf(request),
				EnumSet.allOf(Language.class));
	}

}
