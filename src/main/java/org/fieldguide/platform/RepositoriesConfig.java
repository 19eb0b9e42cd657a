package org.fieldguide.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The Spring Data JPA repositories of every module, with one change from Spring Boot's defaults: the
 * declared queries are enhanced (count query for a page, sort appended) by Spring Data's simple
 * enhancer instead of its HQL grammar. The grammar parses every {@code @Query} while the application
 * starts, and warming its parser was the largest single part of creating the repositories (about
 * 0.6 s of a 2-core machine's start, plus the JIT compiling the parser). Our queries are plain
 * {@code select … from … where … order by}, which the simple enhancer handles; Hibernate still parses
 * and validates every query at start, so a wrong query still stops the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.fieldguide", queryEnhancerSelector = RepositoriesConfig.SimpleEnhancers.class)
class RepositoriesConfig {

	/** The simple (regular expression) enhancer for declared JPQL and native queries alike. */
	static class SimpleEnhancers extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

		SimpleEnhancers() {
			super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
		}

	}

}
