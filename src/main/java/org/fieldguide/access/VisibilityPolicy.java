package org.fieldguide.access;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The one place that decides what a viewer may read. Every channel that returns guide content — pages,
 * navigation, phase pages, the resource library, downloads — asks it, and repositories take its answer
 * as a query parameter, so nothing restricted is fetched and filtered afterwards.
 *
 * <p>The rule: {@link Visibility#PUBLIC} content is readable by everyone. {@link Visibility#STAFF}
 * content is readable by nobody until staff can sign in; then by any signed-in staff role.
 */
@Component
public class VisibilityPolicy {

	private static final Set<Visibility> PUBLIC_ONLY = EnumSet.of(Visibility.PUBLIC);

	/** The visibilities this viewer may read; never empty, always contains {@link Visibility#PUBLIC}. */
	public Set<Visibility> readableBy(Viewer viewer) {
		return PUBLIC_ONLY;
	}

	/**
	 * The same answer as one flag, for queries: with two visibilities, a viewer reads public content
	 * and, when this is true, staff content too.
	 */
	public boolean mayReadStaff(Viewer viewer) {
		return readableBy(viewer).contains(Visibility.STAFF);
	}

}
