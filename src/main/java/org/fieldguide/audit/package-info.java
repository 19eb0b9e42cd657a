/** The append-only audit log: sign-in attempts, ended sessions and editorial activity, and the screens for them. */
package org.fieldguide.audit;
