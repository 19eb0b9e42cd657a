package org.fieldguide.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code fieldguide.offline.*}; described in docs/configuration.md.
 *
 * @param rebuildDelay how long after a change of the guide the copies readers have asked for are rebuilt
 * in the background (changes within that time lead to one rebuild)
 * @param buildWait how long a request for a copy that is being built waits before it is answered 503
 */
@ConfigurationProperties("fieldguide.offline")
public record OfflineProperties(@DefaultValue("20s") Duration buildWait, @DefaultValue("30s") Duration rebuildDelay) {
}
