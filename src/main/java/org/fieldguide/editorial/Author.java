package org.fieldguide.editorial;

/** Who did something in the workspace: an account (null for the guide as it was imported) and its name. */
public record Author(Long accountId, String name) {

	/** The author of revision 1 of a text that was published before editing began (the imported guide). */
	public static final Author IMPORT = new Author(null, "Fieldguide import");

}
