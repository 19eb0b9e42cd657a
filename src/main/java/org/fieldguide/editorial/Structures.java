package org.fieldguide.editorial;

import java.time.Instant;

import org.fieldguide.access.Viewer;
import org.fieldguide.editorial.EditorialEvents.EntryStructureChanged;
import org.fieldguide.editorial.EditorialEvents.RevisionPublished;
import org.fieldguide.guide.GuideEditing.PublishedText;
import org.fieldguide.guide.GuideStructure;
import org.fieldguide.guide.GuideStructure.EntryStructure;
import org.fieldguide.platform.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Structural changes from the workspace: they apply at once (see {@link GuideStructure}) and are announced
 * for the activity log. A new entry's English text is stored as its revision 1, published by its creator.
 */
@Service
@Transactional
public class Structures {

	private final GuideStructure structure;

	private final RevisionRepository revisions;

	private final ApplicationEventPublisher events;

	Structures(GuideStructure structure, RevisionRepository revisions, ApplicationEventPublisher events) {
		this.structure = structure;
		this.revisions = revisions;
		this.events = events;
	}

	public void change(String slug, EntryStructure changed, Viewer viewer) {
		Revisions.requireEditor(viewer);
		structure.change(slug, changed, viewer);
		events.publishEvent(new EntryStructureChanged(slug, viewer.accountId(), viewer.displayName(), Instant.now(), false));
	}

	public void create(EntryStructure created, RevisionText english, Viewer viewer) {
		Revisions.requireEditor(viewer);
		structure.create(created,
				new PublishedText(english.title(), english.summary(), english.keyPoints(), english.bodyMarkdown()), viewer);
		Instant at = Instant.now();
		Author author = new Author(viewer.accountId(), viewer.displayName());
		revisions.save(EditorialRevision.createdPublished(created.slug(), Language.SOURCE, english, author, at));
		events.publishEvent(new EntryStructureChanged(created.slug(), viewer.accountId(), viewer.displayName(), at, true));
		events.publishEvent(new RevisionPublished(created.slug(), Language.SOURCE, 1, viewer.accountId(),
				viewer.displayName(), at, "New entry"));
	}

}
