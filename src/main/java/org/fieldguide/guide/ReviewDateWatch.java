package org.fieldguide.guide;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The "under review" note on an entry page appears when a date passes, which is no content change: nobody
 * writes anything. Kept pages (page cache, offline copies) would show the old state until the next edit.
 * So once an hour this compares the overdue public entries with the last look and, when the set changed,
 * publishes {@link GuideChanged} (in a transaction, like every other change), so readers see the note at
 * most about an hour plus the pages' max-age after the date passed. The first look, at start, only takes
 * note: nothing was kept before the application started.
 */
@Configuration
@EnableScheduling
class ReviewDateWatch {

	private final GuideGovernance governance;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private List<String> lastSeen;

	ReviewDateWatch(GuideGovernance governance, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.governance = governance;
		this.events = events;
		this.transactions = transactions;
	}

	/** True when the overdue set changed since the last look (and kept pages were dropped). */
	@Scheduled(initialDelayString = "PT0S", fixedDelayString = "${fieldguide.editorial.review-check-interval:PT1H}")
	synchronized boolean check() {
		List<String> now = governance.overduePublicEntries();
		boolean changed = lastSeen != null && !now.equals(lastSeen);
		lastSeen = now;
		if (changed) {
			transactions.executeWithoutResult(
					status -> events.publishEvent(new GuideChanged("review dates passed: " + now.size() + " overdue")));
		}
		return changed;
	}

}
