package org.fieldguide.guide;

import java.util.List;
import java.util.Optional;

import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;

/**
 * A list of links another module adds to an entry page, such as the training sessions that teach the
 * entry. The guide does not know those modules: they implement this interface as beans and the entry
 * page shows every aside they return. Implementations answer with one or two light queries; the page
 * is read often.
 */
public interface EntryAsides {

	/** The aside for this entry, as this viewer may see it; empty when there is nothing to show. */
	Optional<Aside> aside(String entrySlug, Language language, Viewer viewer);

	/** @param headingKey the message key of the aside's heading, for instance {@code training.taughtIn} */
	record Aside(String id, String headingKey, List<Link> links) {
	}

	/**
	 * @param note a short second line, such as the module a session belongs to; may be null
	 * @param textLanguage the language of {@code title}, when it is not the page's (a fallback)
	 */
	record Link(String href, String title, String note, Language textLanguage) {
	}

}
