package org.fieldguide.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code fieldguide.delivery.*}; every one is described in docs/configuration.md.
 *
 * @param pageCache the in-memory copy of rendered public pages
 */
@ConfigurationProperties("fieldguide.delivery")
public record DeliveryProperties(@DefaultValue PageCache pageCache) {

	/**
	 * @param enabled whether anonymous public pages are kept rendered in memory
	 * @param maxSize how much memory the kept pages may take (their bytes, plain and compressed)
	 * @param maxPageSize larger responses are not kept
	 * @param unversionedAssetMaxAge how long browsers keep a static file asked for without its content hash
	 */
	public record PageCache(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
			@DefaultValue("2MB") DataSize maxPageSize, @DefaultValue("1h") Duration unversionedAssetMaxAge) {
	}

}
