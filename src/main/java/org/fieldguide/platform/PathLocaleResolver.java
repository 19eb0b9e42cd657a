package org.fieldguide.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page is the first segment of its path ({@code /fr/...}); pages outside the
 * language tree (downloads, errors for unknown paths) use the browser's Accept-Language.
 */
public class PathLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return languageOf(request).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		// nothing to store: the language is part of every page's address
	}

	public static Language languageOf(HttpServletRequest request) {
		return fromPath(originalPath(request)).orElseGet(() -> fromAcceptLanguage(request.getHeader("Accept-Language")));
	}

	/** The path the visitor asked for, also while an error page is being rendered for it. */
	public static String originalPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = errorUri instanceof String s ? s : request.getRequestURI();
		String context = request.getContextPath();
		return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

	public static Optional<Language> fromPath(String path) {
		if (path == null || path.length() < 3) {
			return Optional.empty();
		}
		int end = path.indexOf('/', 1);
		return Language.fromCode(end < 0 ? path.substring(1) : path.substring(1, end));
	}

	public static Language fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return Language.SOURCE;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
			for (Locale.LanguageRange range : ranges) {
				String tag = range.getRange();
				String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
				Optional<Language> language = Language.fromCode(primary.toLowerCase(Locale.ROOT));
				if (language.isPresent() && range.getWeight() > 0) {
					return language.get();
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			// a malformed header is ignored, as a browser without a preference would be
		}
		return Language.SOURCE;
	}

}
