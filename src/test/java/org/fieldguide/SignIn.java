package org.fieldguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real local sign-in form, as a browser would, and hands back the session. */
public final class SignIn {

	/** The demo accounts' password in the test profile ({@code fieldguide.demo-password}). */
	public static final String DEMO_PASSWORD = "field-test-passphrase";

	private SignIn() {
	}

	public static MockHttpSession as(MockMvc mvc, String username) throws Exception {
		return as(mvc, username, DEMO_PASSWORD);
	}

	public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc
			.perform(post("/login").param("username", username).param("password", password).param("lang", "en").with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + username).doesNotContain("error");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
