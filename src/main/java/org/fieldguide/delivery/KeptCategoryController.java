package org.fieldguide.delivery;

import org.fieldguide.platform.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /{lang}/toolkit/{category}/offline.json}: what "Keep this category offline" fetches and keeps,
 * with the sentence that reports it in the page's language. Public content only, for every viewer.
 */
@RestController
class KeptCategoryController {

	/** The listing and its summary ("12 pages and 9 files kept offline"). */
	record Answer(KeptCategory.Listing listing, String summary) {
	}

	private final KeptCategory copies;

	private final MessageSource messages;

	KeptCategoryController(KeptCategory copies, MessageSource messages) {
		this.copies = copies;
		this.messages = messages;
	}

	@GetMapping("/{lang:[a-z]{2}}/toolkit/{category}/offline.json")
	ResponseEntity<Answer> list(@PathVariable String lang, @PathVariable String category) {
		Language language = Language.ofPage(lang);
		KeptCategory.Listing listing = copies.of(category, language);
		String summary = messages.getMessage("offline.keep.done",
				new Object[] { listing.pages().size(), listing.files().size() }, language.locale());
		return ResponseEntity.ok(new Answer(listing, summary));
	}

}
