package org.fieldguide.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code fieldguide.uploads.*}.
 *
 * @param maxSize the largest file an editor may upload (Spring's multipart limits follow it)
 */
@ConfigurationProperties("fieldguide.uploads")
public record UploadProperties(@DefaultValue("50MB") DataSize maxSize) {
}
