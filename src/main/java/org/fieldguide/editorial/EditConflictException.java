package org.fieldguide.editorial;

/** A save was refused because someone saved a newer revision since the editor's copy was opened. */
public class EditConflictException extends RuntimeException {

	private final transient RevisionView newer;

	public EditConflictException(RevisionView newer) {
		super("Revision " + newer.number() + " was saved since this copy was opened");
		this.newer = newer;
	}

	public RevisionView newer() {
		return newer;
	}

}
