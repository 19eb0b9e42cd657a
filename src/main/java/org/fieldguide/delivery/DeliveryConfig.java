package org.fieldguide.delivery;

import org.fieldguide.guide.GuideVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP delivery filters. The prepared page cache comes first, right after character encoding —
 * measured, every filter before it costs throughput on the hottest path; the static asset cache policy comes before the
 * security chain (order -100). Pages for signed-in readers get no
 * ETag: each carries the sign-out form's CSRF token, masked afresh on every render (BREACH protection), so
 * no two renders are byte-identical; they are {@code private, no-cache}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfig {

	@Bean
	PageCache pageCache(GuideVersion version, DeliveryProperties properties,
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
		return new PageCache(version, properties.pageCache(), sessionCookie);
	}

	@Bean
	FilterRegistrationBean<AssetCacheControl> assetCacheControl(DeliveryProperties properties) {
		FilterRegistrationBean<AssetCacheControl> registration = new FilterRegistrationBean<>(
				new AssetCacheControl(properties.pageCache().unversionedAssetMaxAge()));
		registration.setOrder(-130);
		return registration;
	}

	@Bean
	FilterRegistrationBean<PageCache> pageCacheRegistration(PageCache pageCache, DeliveryProperties properties) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(pageCache);
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setEnabled(properties.pageCache().enabled());
		return registration;
	}

}
