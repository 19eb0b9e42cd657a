package org.fieldguide.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns "not found" and malformed requests into helpful pages in the visitor's language, with links
 * back, and never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return page(404, request, response);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class,
			org.springframework.web.bind.MissingServletRequestParameterException.class })
	ModelAndView badRequest(HttpServletRequest request, HttpServletResponse response) {
		return page(400, request, response);
	}

	private ModelAndView page(int status, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(status);
		ModelAndView page = new ModelAndView("error");
		Language language = PathLocaleResolver.languageOf(request);
		page.addObject("lang", language);
		page.addObject("languageLinks", LanguageLink.forPath("/", language, java.util.EnumSet.allOf(Language.class)));
		page.addObject("status", status);
		page.addObject("currentPath", LayoutAdvice.currentPathOf(request));
		page.addObject("baseUrl",
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return page;
	}

}
