package org.fieldguide.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The one security filter chain: who may open which address, local and OpenID Connect sign-in, CSRF on
 * every form, session fixation protection, security headers, and the per-request refresh of the
 * signed-in account. Reader pages are open to everyone: what they show is decided by the
 * {@link VisibilityPolicy}, not by address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfig {

	/** Pages load nothing from other hosts and run no inline script; no site may frame them. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * No Micrometer observation around each security filter: it wrapped every filter of every request
	 * and, with the eager headers below, accounted for most of the chain's cost on reader pages.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** A bean, so that Spring Security uses it as the only password check (and Boot adds no default user). */
	@Bean
	LocalSignInProvider localSignInProvider(AccountRepository accounts, PasswordEncoder encoder,
			SignInThrottle throttle) {
		return new LocalSignInProvider(accounts, encoder, throttle);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, AccessProperties properties,
			CurrentViewer viewer, ApplicationEventPublisher events,
			ObjectProvider<ClientRegistrationRepository> clients, org.springframework.core.env.Environment environment)
			throws Exception {
		SignInHandlers handlers = new SignInHandlers(accounts, events, clients);
		http.authorizeHttpRequests(requests -> requests
			// content packages (issue 5): publishers import, editors and publishers export
			.requestMatchers("/editor/packages/import/**", "/*/editor/packages/import", "/*/editor/packages/import/**")
			.hasRole(Role.PUBLISHER.name())
			.requestMatchers("/editor/packages", "/editor/packages/**", "/*/editor/packages", "/*/editor/packages/**")
			.hasAnyRole(Role.EDITOR.name(), Role.PUBLISHER.name())
			.requestMatchers("/admin", "/admin/**", "/*/admin", "/*/admin/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/account", "/*/account", "/*/account/**").authenticated()
			// activity log: administrators read it too (ActivityLog checks the roles again)
			.requestMatchers("/*/editor/activity")
			.hasAnyRole(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.ADMIN.name())
			// categories and resources (issue 5): publishers change them directly, editors only look
			.requestMatchers(org.springframework.http.HttpMethod.POST, "/*/editor/categories", "/*/editor/categories/**",
					"/*/editor/resources", "/*/editor/resources/**")
			.hasRole(Role.PUBLISHER.name())
			// editorial workspace (Revisions checks the roles again for every step)
			.requestMatchers("/editor", "/editor/**", "/*/editor", "/*/editor/**")
			.hasAnyRole(Role.EDITOR.name(), Role.PUBLISHER.name())
			// training manual: the facilitator edition holds notes for trainers and staff (checked again in training)
			.requestMatchers("/*/training/manual-facilitator.pdf").authenticated()
			// training events: the trainers' workspace (which events and participants is checked again in the service)
			.requestMatchers("/trainer", "/trainer/**", "/*/trainer", "/*/trainer/**")
			.hasAnyRole(Role.TRAINER.name(), Role.ADMIN.name())
			.anyRequest().permitAll());
		http.formLogin(form -> form.loginPage("/login")
			.loginProcessingUrl("/login")
			.successHandler(handlers)
			.failureHandler(handlers));
		if (clients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(info -> info.oidcUserService(new ProviderAccounts(accounts, properties)))
				.successHandler(handlers)
				.failureHandler(handlers));
		}
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(handlers));
		http.exceptionHandling(errors -> errors.authenticationEntryPoint(new SignInEntryPoint())
			.accessDeniedHandler(new RefusalHandler(multipartLimit(environment))));
		http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
			// headers written before the response starts rather than by a wrapper that checks the content
			// length on every write of the page (measured: a third of an entry page's time)
			.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
				@Override
				public <O extends HeaderWriterFilter> O postProcess(O filter) {
					filter.setShouldWriteHeadersEagerly(true);
					return filter;
				}
			}));
		http.addFilterAfter(new FreshAccountFilter(accounts, events), ExceptionTranslationFilter.class);
		http.addFilterAfter(new ViewerCacheHeaders(viewer), FreshAccountFilter.class);
		return http.build();
	}

	private static long multipartLimit(org.springframework.core.env.Environment environment) {
		String limit = environment.getProperty("spring.servlet.multipart.max-request-size");
		return limit == null || limit.isBlank() ? -1 : org.springframework.util.unit.DataSize.parse(limit).toBytes();
	}

}
