package org.fieldguide.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code fieldguide.*}.
 *
 * @param dataDir the one folder holding all embedded-default state: database, files, index
 * @param importStarterGuide whether an empty database receives the bundled starter guide on start
 * @param initialPackage a content package (folder or ZIP) an empty database receives instead of the
 * starter guide
 */
@ConfigurationProperties("fieldguide")
public record FieldguideProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue("true") boolean importStarterGuide, Path initialPackage) {

	public Path filesDir() {
		return dataDir.resolve("files");
	}

}
