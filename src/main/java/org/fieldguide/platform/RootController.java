package org.fieldguide.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /} sends the browser to the home page in the language it prefers. */
@Controller
class RootController {

	@GetMapping("/")
	ResponseEntity<Void> root(HttpServletRequest request) {
		Language language = PathLocaleResolver.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, "/" + language.code() + "/")
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.build();
	}

}
