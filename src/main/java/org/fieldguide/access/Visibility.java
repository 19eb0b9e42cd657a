package org.fieldguide.access;

/** Who a category, entry or resource is meant for. */
public enum Visibility {

	/** Anyone, signed in or not. */
	PUBLIC,

	/** The publishing organisation's staff only: internal administration processes and tools. */
	STAFF

}
