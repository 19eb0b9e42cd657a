/** The append-only audit log: sign-in attempts and ended sessions, and the administrator's screen for them. */
package org.fieldguide.audit;
