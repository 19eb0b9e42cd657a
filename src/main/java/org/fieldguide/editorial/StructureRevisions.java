package org.fieldguide.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.editorial.StructureRevision.Kind;
import org.fieldguide.guide.CategoriesAndResources;
import org.fieldguide.guide.CategoriesAndResources.CategoryState;
import org.fieldguide.guide.CategoriesAndResources.ResourceState;
import org.fieldguide.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Saves categories and resources through {@link CategoriesAndResources} and keeps every saved version with who,
 * when and why, so any version can be compared and restored. Changes are applied directly and only by a
 * publisher (docs/architecture.md, decision 23). As for entry texts, the state before the first edit is
 * stored lazily as revision 1 by "Fieldguide import"; until then the history shows it all the same.
 */
@Service
@Transactional
public class StructureRevisions {

	/** One version in a history, newest first. */
	public record Revision(int number, String comment, String authorName, Instant createdAt, Integer restoredFrom) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StructureRevisionRepository revisions;

	private final CategoriesAndResources guide;

	private final Clock clock = Clock.systemUTC();

	private final org.springframework.context.ApplicationEventPublisher events;

	StructureRevisions(StructureRevisionRepository revisions, CategoriesAndResources guide,
			org.springframework.context.ApplicationEventPublisher events) {
		this.revisions = revisions;
		this.guide = guide;
		this.events = events;
	}

	public void saveCategory(CategoryState state, boolean create, String comment, Viewer viewer) {
		requirePublisher(viewer);
		if (!create) {
			keepImported(Kind.CATEGORY, state.slug(), () -> guide.category(state.slug(), viewer));
		}
		guide.saveCategory(state, create, viewer);
		record(Kind.CATEGORY, state.slug(), guide.category(state.slug(), viewer), comment, viewer, null);
	}

	public void saveResource(ResourceState state, boolean create, String comment, Viewer viewer) {
		requirePublisher(viewer);
		if (!create) {
			keepImported(Kind.RESOURCE, state.slug(), () -> guide.resource(state.slug(), viewer));
		}
		guide.saveResource(state, create, viewer);
		record(Kind.RESOURCE, state.slug(), guide.resource(state.slug(), viewer), comment, viewer, null);
	}

	public void restoreCategory(String slug, int number, Viewer viewer) {
		requirePublisher(viewer);
		CategoryState old = categoryAt(slug, number, viewer);
		keepImported(Kind.CATEGORY, slug, () -> guide.category(slug, viewer));
		guide.saveCategory(old, false, viewer);
		record(Kind.CATEGORY, slug, guide.category(slug, viewer), null, viewer, number);
	}

	public void restoreResource(String slug, int number, Viewer viewer) {
		requirePublisher(viewer);
		ResourceState old = resourceAt(slug, number, viewer);
		keepImported(Kind.RESOURCE, slug, () -> guide.resource(slug, viewer));
		guide.saveResource(old, false, viewer);
		record(Kind.RESOURCE, slug, guide.resource(slug, viewer), null, viewer, number);
	}

	@Transactional(readOnly = true)
	public List<Revision> categoryHistory(String slug, Viewer viewer) {
		guide.category(slug, viewer);
		return history(Kind.CATEGORY, slug);
	}

	@Transactional(readOnly = true)
	public List<Revision> resourceHistory(String slug, Viewer viewer) {
		guide.resource(slug, viewer);
		return history(Kind.RESOURCE, slug);
	}

	@Transactional(readOnly = true)
	public CategoryState categoryAt(String slug, int number, Viewer viewer) {
		CategoryState now = guide.category(slug, viewer);
		return stored(Kind.CATEGORY, slug, number, CategoryState.class, now);
	}

	@Transactional(readOnly = true)
	public ResourceState resourceAt(String slug, int number, Viewer viewer) {
		ResourceState now = guide.resource(slug, viewer);
		return stored(Kind.RESOURCE, slug, number, ResourceState.class, now);
	}

	private List<Revision> history(Kind kind, String slug) {
		List<Revision> stored = revisions.history(kind, slug).stream().map(StructureRevision::view).toList();
		return stored.isEmpty() ? List.of(new Revision(1, null, Author.IMPORT.name(), null, null)) : stored;
	}

	/** Revision 1 is the current state while nothing is stored (nothing was edited in the workspace yet). */
	private <T> T stored(Kind kind, String slug, int number, Class<T> type, T now) {
		List<StructureRevision> all = revisions.history(kind, slug);
		if (all.isEmpty() && number == 1) {
			return now;
		}
		return all.stream()
			.filter(r -> r.number() == number)
			.findFirst()
			.map(r -> JSON.readValue(r.stateJson(), type))
			.orElseThrow(() -> new NotFoundException("No revision " + number + " of " + slug));
	}

	private void keepImported(Kind kind, String slug, Supplier<Object> current) {
		if (revisions.history(kind, slug).isEmpty()) {
			revisions.save(new StructureRevision(kind, slug, 1, JSON.writeValueAsString(current.get()), null,
					Author.IMPORT, clock.instant(), null));
		}
	}

	private void record(Kind kind, String slug, Object state, String comment, Viewer viewer, Integer restoredFrom) {
		List<StructureRevision> all = revisions.history(kind, slug);
		int next = all.isEmpty() ? 1 : all.getFirst().number() + 1;
		String reason = comment == null || comment.isBlank() ? null : comment.strip();
		Instant at = clock.instant();
		revisions.save(new StructureRevision(kind, slug, next, JSON.writeValueAsString(state), reason,
				new Author(viewer.accountId(), viewer.displayName()), at, restoredFrom));
		// in this transaction, so the activity log line is committed with the change
		events.publishEvent(new EditorialEvents.CatalogueChanged(kind == Kind.CATEGORY ? "category" : "resource", slug,
				next, viewer.accountId(), viewer.displayName(), at, reason, restoredFrom));
	}


	private static void requirePublisher(Viewer viewer) {
		if (!viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only a publisher changes categories and resources");
		}
	}

}
