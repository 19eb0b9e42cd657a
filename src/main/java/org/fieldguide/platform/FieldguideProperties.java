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
 * @param publicUrl the guide's public address ({@code https://guide.example.org}), for links in things
 * that leave the site (offline copies, PDFs); required in the {@code prod} profile. When empty, the
 * address a request came in on is used, which is fine on one's own machine
 */
@ConfigurationProperties("fieldguide")
public record FieldguideProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue("true") boolean importStarterGuide, Path initialPackage, String publicUrl) {

	public FieldguideProperties {
		publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
	}

	public Path filesDir() {
		return dataDir.resolve("files");
	}

}
