package org.fieldguide.guide;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which state of the guide readers see now. Anything derived from the content (a rendered page, a PDF, an
 * offline copy) remembers the {@link #current() version} it was made from and is stale once the version
 * has moved on. The version moves after a {@link GuideChanged} event has been committed, so a derived copy
 * is never built from data that is rolled back.
 */
@Component
public class GuideVersion {

	/** @param number grows by one per committed change; starts at 1 when the application starts */
	public record Stamp(long number, Instant changedAt) {
	}

	private final AtomicReference<Stamp> current;

	GuideVersion(EntryRepository entries) {
		Instant latest = entries.latestUpdate();
		this.current = new AtomicReference<>(
				new Stamp(1, (latest != null ? latest : Instant.now()).truncatedTo(ChronoUnit.SECONDS)));
	}

	public Stamp current() {
		return current.get();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void changed(GuideChanged event) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		current.updateAndGet(s -> new Stamp(s.number() + 1, now.isAfter(s.changedAt()) ? now : s.changedAt()));
	}

}
