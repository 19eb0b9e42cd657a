package org.fieldguide.access;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The one place that decides what a viewer may read. Every channel that returns guide content — pages,
 * navigation, phase pages, the resource library, downloads — asks it, and repositories take the set it
 * returns as a query parameter, so nothing restricted is fetched and filtered afterwards.
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

	public boolean canRead(Viewer viewer, Visibility visibility) {
		return readableBy(viewer).contains(visibility);
	}

	/** Something is readable only when it and every container around it (category, parent) are. */
	public boolean canReadAll(Viewer viewer, Visibility... visibilities) {
		Set<Visibility> readable = readableBy(viewer);
		for (Visibility visibility : visibilities) {
			if (visibility != null && !readable.contains(visibility)) {
				return false;
			}
		}
		return true;
	}

}
