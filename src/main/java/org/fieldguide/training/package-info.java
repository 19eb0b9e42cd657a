/** The training programme: the training manual (modules, sessions, question banks) and, in {@code events}, training events. */
package org.fieldguide.training;
