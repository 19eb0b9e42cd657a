package org.fieldguide.guide;

/**
 * Published whenever guide content is added or changed (an import today, the editorial workflow later).
 * Listeners that keep derived copies of the guide (rendered pages, PDFs, offline copies) drop them once
 * the change is committed; see {@link GuideVersion}.
 *
 * @param what a short description for logs, for example "import of 35 entries"
 */
public record GuideChanged(String what) {
}
