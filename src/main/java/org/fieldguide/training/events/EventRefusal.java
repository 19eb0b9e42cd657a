package org.fieldguide.training.events;

/**
 * A request about an event that cannot be done as asked, with the message key that explains it and the
 * HTTP status to answer with; nothing was changed.
 */
class EventRefusal extends RuntimeException {

	private final String messageKey;

	private final int status;

	EventRefusal(String messageKey, int status) {
		super(messageKey);
		this.messageKey = messageKey;
		this.status = status;
	}

	String messageKey() {
		return messageKey;
	}

	int status() {
		return status;
	}

}
