/** Where resource files live (the {@code FileStore}) and how readers download them. */
package org.fieldguide.files;
