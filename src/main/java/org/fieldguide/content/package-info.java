/** The content package format (Markdown with YAML front matter plus files): import with a plan, export, the starter guide and the commands. */
package org.fieldguide.content;
