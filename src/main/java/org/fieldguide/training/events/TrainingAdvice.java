package org.fieldguide.training.events;

import java.util.EnumSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fieldguide.platform.Language;
import org.fieldguide.platform.LanguageLink;
import org.fieldguide.platform.PathLocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every training-event page needs: the retention period for the consent text, and refusals as pages. */
@ControllerAdvice(basePackageClasses = TrainingAdvice.class)
class TrainingAdvice {

	private final EventProperties properties;

	TrainingAdvice(EventProperties properties) {
		this.properties = properties;
	}

	/** Months personal data are kept after the event. */
	@ModelAttribute("retention")
	long retention() {
		return properties.retention().toTotalMonths();
	}

	/** A refusal without a form to show again: its message, with its status. */
	@ExceptionHandler(EventRefusal.class)
	ModelAndView refused(EventRefusal refusal, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(refusal.status());
		// exception handlers get no @ModelAttribute values: the layout's are added here
		Language language = PathLocaleResolver.languageOf(request);
		String path = PathLocaleResolver.originalPath(request);
		ModelAndView page = new ModelAndView("training/events/refused");
		page.addObject("refusal", refusal.messageKey());
		page.addObject("lang", language);
		page.addObject("languageLinks", LanguageLink.forPath(path, language, EnumSet.allOf(Language.class)));
		page.addObject("currentPath", path);
		page.addObject("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		page.addObject("retention", retention());
		return page;
	}

}
