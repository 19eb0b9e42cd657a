package org.fieldguide.access;

import java.util.EnumSet;
import java.util.Set;

import org.fieldguide.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a viewer may read. Every channel that returns guide content — pages,
 * navigation, phase pages, the resource library and its counts, downloads, the sitemap — asks it, and
 * repositories take its answer as a query parameter, so nothing restricted is fetched and filtered
 * afterwards.
 *
 * <p>The rule: {@link Visibility#PUBLIC} content is readable by everyone. {@link Visibility#STAFF}
 * content is readable by a signed-in account with at least one role (every role is staff). Anyone else
 * may at most see the title of a staff entry, locked, unless {@code fieldguide.access.show-restricted-titles}
 * is off.
 */
@Component
public class VisibilityPolicy {

	private static final Set<Visibility> PUBLIC_ONLY = Set.copyOf(EnumSet.of(Visibility.PUBLIC));

	private static final Set<Visibility> ALL = Set.copyOf(EnumSet.allOf(Visibility.class));

	private final boolean showRestrictedTitles;

	public VisibilityPolicy(AccessProperties properties) {
		this.showRestrictedTitles = properties.showRestrictedTitles();
	}

	/** The visibilities this viewer may read; never empty, always contains {@link Visibility#PUBLIC}. */
	public Set<Visibility> readableBy(Viewer viewer) {
		return viewer.signedIn() && !viewer.roles().isEmpty() ? ALL : PUBLIC_ONLY;
	}

	/**
	 * The same answer as one flag, for queries: with two visibilities, a viewer reads public content
	 * and, when this is true, staff content too.
	 */
	public boolean mayReadStaff(Viewer viewer) {
		return readableBy(viewer).contains(Visibility.STAFF);
	}

	/**
	 * Whether this viewer may read the facilitator notes of the training manual (how to run a session,
	 * answers to exercises, pitfalls). Trainers may, and so may everyone who may read staff content
	 * (every role, {@link Role#STAFF} included); anonymous visitors and signed-in accounts without a role
	 * may not. Pages and PDFs that hold notes are therefore never public.
	 */
	public boolean mayReadFacilitatorNotes(Viewer viewer) {
		return viewer.has(Role.TRAINER) || mayReadStaff(viewer);
	}

	/** Whether this viewer is shown the titles of staff entries they may not read, with a lock. */
	public boolean showsLockedTitles(Viewer viewer) {
		return showRestrictedTitles && !mayReadStaff(viewer);
	}

	/**
	 * The answer for something that exists but that this viewer may not read. An anonymous visitor is
	 * asked to sign in (an {@link AccessDeniedException} for an anonymous request starts sign-in and
	 * brings them back afterwards) — or, when even titles are hidden, is told it does not exist. A
	 * signed-in account without the right gets 403.
	 */
	public RuntimeException refusal(Viewer viewer, String what) {
		if (!viewer.signedIn() && !showRestrictedTitles) {
			return new NotFoundException(what);
		}
		return new AccessDeniedException("Restricted: " + what);
	}

}
