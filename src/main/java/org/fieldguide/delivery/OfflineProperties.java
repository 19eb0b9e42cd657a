package org.fieldguide.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code fieldguide.offline.*}; described in docs/configuration.md.
 *
 * @param buildWait how long a request for a copy that is being built waits before it is answered 503
 */
@ConfigurationProperties("fieldguide.offline")
public record OfflineProperties(@DefaultValue("20s") Duration buildWait) {
}
