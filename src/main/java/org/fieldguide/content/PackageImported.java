package org.fieldguide.content;

import java.time.Instant;

/**
 * A content package was imported into the guide (published after the change is committed), for the
 * activity log.
 *
 * @param actor who imported it: an account's name, or the command line
 * @param added items added (categories, entries, translations, resources, files)
 * @param changed items changed
 * @param unchanged items of the package left alone because the guide already had them
 */
public record PackageImported(String actor, int added, int changed, int unchanged, Instant when) {
}
