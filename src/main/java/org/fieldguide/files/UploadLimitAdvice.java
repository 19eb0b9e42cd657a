package org.fieldguide.files;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The upload limit for pages that mention it, the error page above all: a request larger than the
 * multipart limit (set from {@code fieldguide.uploads.max-size}) is refused by the server with 413
 * before any controller runs, and the error page then says what the limit is.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final Uploads uploads;

	UploadLimitAdvice(Uploads uploads) {
		this.uploads = uploads;
	}

	@ModelAttribute("uploadMaxMegabytes")
	long uploadMaxMegabytes() {
		return Math.max(1, uploads.maxBytes() / (1024 * 1024));
	}

}
