/** Who is looking, and the one visibility policy that decides what they may read. */
package org.fieldguide.access;
