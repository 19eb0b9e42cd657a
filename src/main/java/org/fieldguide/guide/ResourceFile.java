package org.fieldguide.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A resource's file in one language; the bytes live in the file store under {@code storageKey}. */
@Embeddable
record ResourceFile(@Column(name = "file_name") String fileName, @Column(name = "media_type") String mediaType,
		@Column(name = "size_bytes") long sizeBytes, @Column(name = "storage_key") String storageKey, @Column(name = "text_content") String text) {
}
