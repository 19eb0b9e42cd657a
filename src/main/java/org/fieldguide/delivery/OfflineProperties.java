package org.fieldguide.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code fieldguide.offline.*}; described in docs/configuration.md.
 *
 * @param onlineUrl the guide's public address (such as {@code https://guide.example.org}), which offline
 * copies link to for newer content; when empty, the address through which the copy was requested
 * @param buildWait how long a request for a copy that is being built waits before it is answered 503
 */
@ConfigurationProperties("fieldguide.offline")
public record OfflineProperties(String onlineUrl, @DefaultValue("20s") Duration buildWait) {

	public OfflineProperties {
		onlineUrl = onlineUrl == null || onlineUrl.isBlank() ? null : onlineUrl.replaceAll("/+$", "");
	}

}
