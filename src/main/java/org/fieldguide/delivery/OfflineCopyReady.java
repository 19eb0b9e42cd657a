package org.fieldguide.delivery;

import org.fieldguide.platform.Language;

/**
 * An offline copy of the guide as it is now has been built: pages that link to it (with its size) and were
 * kept before it existed are stale.
 */
record OfflineCopyReady(Language language) {
}
