package org.fieldguide.audit;

import org.fieldguide.editorial.EditorialEvents.DraftSaved;
import org.fieldguide.editorial.EditorialEvents.EntryStructureChanged;
import org.fieldguide.editorial.EditorialEvents.RevisionPublished;
import org.fieldguide.editorial.EditorialEvents.RevisionReturned;
import org.fieldguide.editorial.EditorialEvents.RevisionSubmitted;
import org.fieldguide.editorial.EditorialEvents.TranslationUnpublished;
import org.fieldguide.guide.GovernanceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a line of the {@link ActivityLog} for every editorial and governance event. Plain
 * {@code @EventListener}s run inside the publishing transaction, so a change is never committed without its
 * line (an after-commit listener could lose it if the application stopped in between).
 */
@Component
class EditorialActivity {

	private final ActivityLog log;

	EditorialActivity(ActivityLog log) {
		this.log = log;
	}

	@EventListener
	void on(DraftSaved e) {
		String detail = e.restoredFrom() != null ? "revision " + e.number() + " from revision " + e.restoredFrom()
				: "revision " + e.number() + (e.comment() == null ? "" : ": " + e.comment());
		log.record(e.accountId(), e.accountName(), e.restoredFrom() != null ? "restored" : "saved", e.entrySlug(),
				e.language(), detail, e.at());
	}

	@EventListener
	void on(RevisionSubmitted e) {
		log.record(e.accountId(), e.accountName(), "submitted", e.entrySlug(), e.language(), "revision " + e.number(),
				e.at());
	}

	@EventListener
	void on(RevisionPublished e) {
		log.record(e.accountId(), e.accountName(), "published", e.entrySlug(), e.language(),
				"revision " + e.number() + (e.changeSummary() == null ? "" : ": " + e.changeSummary()), e.at());
	}

	@EventListener
	void on(RevisionReturned e) {
		log.record(e.accountId(), e.accountName(), "returned", e.entrySlug(), e.language(),
				"revision " + e.number() + (e.comment() == null ? "" : ": " + e.comment()), e.at());
	}

	@EventListener
	void on(TranslationUnpublished e) {
		log.record(e.accountId(), e.accountName(), "unpublished", e.entrySlug(), e.language(),
				"revision " + e.number() + (e.comment() == null ? "" : ": " + e.comment()), e.at());
	}

	@EventListener
	void on(EntryStructureChanged e) {
		log.record(e.accountId(), e.accountName(), e.created() ? "created" : "structure", e.entrySlug(), null, null,
				e.at());
	}

	@EventListener
	void on(org.fieldguide.editorial.EditorialEvents.CatalogueChanged e) {
		String detail = e.restoredFrom() != null ? "revision " + e.number() + " from revision " + e.restoredFrom()
				: "revision " + e.number() + (e.comment() == null ? "" : ": " + e.comment());
		log.record(e.accountId(), e.accountName(), e.restoredFrom() != null ? "restored" : "structure",
				e.kind() + ":" + e.slug(), null, detail, e.at());
	}

	@EventListener
	void on(GovernanceChanged e) {
		String subject = e.kind() == org.fieldguide.guide.GuideGovernance.Kind.ENTRY ? e.slug()
				: e.kind().slug() + ":" + e.slug();
		log.record(e.accountId(), e.accountName(), e.reviewed() ? "reviewed" : "governance", subject, null,
				"owner " + (e.owner() == null ? "-" : e.owner()) + ", review by " + e.reviewBy(), e.at());
	}

	/**
	 * A package import is published once its transaction has committed (files and content are written
	 * in two steps), so this line is written in its own transaction right after.
	 */
	@EventListener
	void on(org.fieldguide.content.PackageImported e) {
		log.imported(null, e.actor(), e.added(), e.changed(), e.unchanged(), e.when());
	}

}
