package org.fieldguide.content;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.Filter;

import org.fieldguide.FieldguideApplication;
import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Whole application contexts of their own (test profile: own in-memory database and data folder), for
 * tests that need a second, independent installation, and MockMvc on them with the app's real filters.
 */
final class TwoGuides {

	static final Viewer PUBLISHER = Viewer.signedIn(9_999, "test publisher",
			EnumSet.of(Role.EDITOR, Role.PUBLISHER, Role.STAFF));

	static final Viewer EDITOR = Viewer.signedIn(9_998, "test editor", EnumSet.of(Role.EDITOR, Role.STAFF));

	private TwoGuides() {
	}

	/** A fresh installation, with the starter guide or empty. */
	static ConfigurableApplicationContext start(boolean starterGuide) {
		// as arguments: they must override application.yml, which default properties do not
		return new SpringApplicationBuilder(FieldguideApplication.class).profiles("test")
			.run("--fieldguide.import-starter-guide=" + starterGuide, "--server.port=-1");
	}

	static MockMvc mvc(ConfigurableApplicationContext context) {
		List<Filter> filters = new ArrayList<>(context.getBeansOfType(Filter.class).values());
		filters.sort(AnnotationAwareOrderComparator.INSTANCE);
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
			.addFilters(filters.toArray(Filter[]::new))
			.build();
	}

	/** An anonymous visitor's answer: status, where it redirects, and the page. */
	static String page(MockMvc mvc, String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		return response.getStatus() + " " + response.getRedirectedUrl() + "\n" + response.getContentAsString();
	}

}
