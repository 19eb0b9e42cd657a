package org.fieldguide.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A module's title and description in one language. */
@Embeddable
record LocalModuleText(@Column(name = "title") String title, @Column(name = "description") String description) {
}
