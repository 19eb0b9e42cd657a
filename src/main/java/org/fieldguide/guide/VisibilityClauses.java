package org.fieldguide.guide;

/**
 * The visibility conditions of reader queries, one per alias, written once. Each takes the policy's
 * answer for the viewer as the parameter {@code :staff} (may they read staff content?). A flag rather
 * than a list of visibilities, because Hibernate plans a query with a list parameter anew on every
 * call, which made each reader page several times slower.
 */
interface VisibilityClauses {

	String PUBLIC = "org.fieldguide.access.Visibility.PUBLIC";

	String CATEGORY = " (c.visibility = " + PUBLIC + " or :staff = true) ";

	String RESOURCE = " (r.visibility = " + PUBLIC + " or :staff = true) ";

	/** An entry {@code e} is readable when it, its category {@code c} and its parent {@code p} (if any) are. */
	String ENTRY = " (e.visibility = " + PUBLIC + " or :staff = true) and" + CATEGORY
			+ "and (p is null or p.visibility = " + PUBLIC + " or :staff = true) ";

}
