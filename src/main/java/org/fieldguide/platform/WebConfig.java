package org.fieldguide.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class WebConfig {

	@Bean
	LocaleResolver localeResolver() {
		return new PathLocaleResolver();
	}

}
