/** The editorial workspace: revisions of the guide's text, their review and publication, and their history. */
package org.fieldguide.editorial;
