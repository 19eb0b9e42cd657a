package org.fieldguide.editorial;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in the workspace, checked by the services whatever the address said: EDITOR (or
 * PUBLISHER) writes and submits; only PUBLISHER publishes, returns, unpublishes and changes structure.
 */
final class EditorialRoles {

	private EditorialRoles() {
	}

	static void requireEditor(Viewer viewer) {
		if (!viewer.has(Role.EDITOR) && !viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only editors and publishers work in the editorial workspace");
		}
	}

	static void requirePublisher(Viewer viewer) {
		if (!viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only a publisher approves, returns or unpublishes");
		}
	}

	static Author author(Viewer viewer) {
		return new Author(viewer.accountId(), viewer.displayName());
	}

}
