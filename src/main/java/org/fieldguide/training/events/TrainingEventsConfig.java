package org.fieldguide.training.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention job runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TrainingEventsConfig {
}
