/** The guide itself: categories, entries, resources and their translations, and the public reader. */
package org.fieldguide.guide;
