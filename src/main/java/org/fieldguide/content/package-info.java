/** The content package format (Markdown with YAML front matter plus files): import and the starter guide. */
package org.fieldguide.content;
