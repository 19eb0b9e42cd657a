package org.fieldguide.files;

/**
 * An upload was refused; nothing of it was kept.
 *
 * @see Uploads
 */
public class UploadRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	UploadRejectedException(String messageKey, String message, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The key of the message for people, in the message bundles ({@code upload.rejected.*}). */
	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
