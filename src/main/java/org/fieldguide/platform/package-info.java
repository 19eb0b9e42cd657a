/**
 * App-wide wiring and the small shared kernel: languages and locale resolution, page layout support,
 * error pages, security headers and configuration properties.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fieldguide.platform;
