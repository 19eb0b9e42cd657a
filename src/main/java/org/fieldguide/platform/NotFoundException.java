package org.fieldguide.platform;

/** Thrown by any module when a requested page or file does not exist for this viewer; answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
