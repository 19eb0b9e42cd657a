/**
 * Getting the guide to readers fast and into their hands: HTTP caching of rendered public pages, PDFs,
 * offline copies and the installable web app.
 */
package org.fieldguide.delivery;
