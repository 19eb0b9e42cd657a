package org.fieldguide.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A title and a description in one language, for categories and resources. */
@Embeddable
record LocalText(@Column(name = "title") String title, @Column(name = "description") String description) {
}
