package org.fieldguide.access;

/**
 * A request about an account that cannot be carried out as asked; {@code messageKey} names the
 * reason in the message bundles, so the page can say it in the reader's language. Nothing was changed.
 */
public class AccountException extends RuntimeException {

	private final String messageKey;

	public AccountException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
