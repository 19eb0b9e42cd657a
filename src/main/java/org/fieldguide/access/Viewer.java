package org.fieldguide.access;

/**
 * The person a page, file or answer is prepared for. Until sign-in exists every viewer is anonymous;
 * the sign-in work adds signed-in viewers with roles here, and only {@link VisibilityPolicy} reads them.
 */
public record Viewer(boolean signedIn) {

	private static final Viewer ANONYMOUS = new Viewer(false);

	public static Viewer anonymous() {
		return ANONYMOUS;
	}

}
