package org.fieldguide.guide;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry's or resource's owner or review-by date was changed, or it was marked reviewed; published in the
 * writing transaction for the activity log.
 *
 * @param reviewed true when someone marked it reviewed (the date moved on by the review period)
 */
public record GovernanceChanged(GuideGovernance.Kind kind, String slug, String owner, LocalDate reviewBy,
		boolean reviewed, Long accountId, String accountName, Instant at) {
}
