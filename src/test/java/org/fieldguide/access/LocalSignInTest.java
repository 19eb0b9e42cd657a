package org.fieldguide.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Local sign-in through the real form and security chain: landing on the page that asked for it, one
 * message for unknown names and wrong passwords, CSRF, role changes and disabled accounts taking effect
 * on the next request, password changes, and cache headers per kind of page.
 */
@FieldguideTest
class LocalSignInTest {

	private static final String STAFF_ENTRY = "/fr/toolkit/administration/incident-reporting-chain";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void aStaffEntryAsksForSignInAndTheVisitorLandsOnItAfterwards() throws Exception {
		MvcResult asked = mvc.perform(get(STAFF_ENTRY)).andReturn();
		assertThat(asked.getResponse().getRedirectedUrl()).endsWith("/fr/login?required");
		MockHttpSession session = (MockHttpSession) asked.getRequest().getSession(false);
		String page = mvc.perform(get("/fr/login?required").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("html").attr("lang")).isEqualTo("fr");
		assertThat(Jsoup.parse(page).select("form[action=/login] input[name=_csrf]")).hasSize(1);

		String before = session.getId();
		MvcResult signedIn = mvc.perform(post("/login").session(session)
			.param("username", "Staff ")
			.param("password", SignIn.DEMO_PASSWORD)
			.param("lang", "fr")
			.with(csrf())).andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).contains(STAFF_ENTRY);
		MockHttpSession after = (MockHttpSession) signedIn.getRequest().getSession(false);
		assertThat(after.getId()).as("session fixation protection").isNotEqualTo(before);
		MockHttpServletResponse entry = mvc.perform(get(STAFF_ENTRY).session(after)).andReturn().getResponse();
		assertThat(entry.getStatus()).isEqualTo(200);
		assertThat(entry.getHeader("Cache-Control")).isEqualTo("private, no-cache");
	}

	@Test
	void theSignInLinkComesBackToThePageItWasOn() throws Exception {
		String home = mvc.perform(get("/es/phases/running")).andReturn().getResponse().getContentAsString();
		String link = Jsoup.parse(home).select(".account-links a").attr("href");
		assertThat(link).startsWith("/es/login?next=");
		MvcResult page = mvc.perform(get(link)).andReturn();
		MockHttpSession session = (MockHttpSession) page.getRequest().getSession(false);
		MvcResult signedIn = mvc.perform(post("/login").session(session).param("username", "staff")
			.param("password", SignIn.DEMO_PASSWORD).param("lang", "es").with(csrf())).andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/es/phases/running");
	}

	@Test
	void anotherSiteCannotBeTheDestinationAfterSignIn() {
		assertThat(SignInHandlers.safeNext("//evil.example/x")).isNull();
		assertThat(SignInHandlers.safeNext("https://evil.example/")).isNull();
		assertThat(SignInHandlers.safeNext("/\\evil.example")).isNull();
		assertThat(SignInHandlers.safeNext("/en/\r\nSet-Cookie:x")).isNull();
		assertThat(SignInHandlers.safeNext("/en/resources?type=tool")).isEqualTo("/en/resources?type=tool");
	}

	@Test
	void unknownAccountsAndWrongPasswordsGetTheSameAnswer() throws Exception {
		MvcResult unknown = mvc.perform(post("/login").param("username", "nobody-here")
			.param("password", "whatever-it-is-1").param("lang", "en").with(csrf())).andReturn();
		MvcResult wrong = mvc.perform(post("/login").param("username", "editor")
			.param("password", "whatever-it-is-1").param("lang", "en").with(csrf())).andReturn();
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/en/login?error=credentials");
		assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl());
		String page = mvc.perform(get("/en/login?error=credentials")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("[role=alert]").text()).contains("account name or the password is not right");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		MockHttpSession admin = SignIn.as(mvc, "admin");
		long staffId = accounts.search("staff", 0, 10).getContent().stream()
			.filter(a -> a.username().equals("staff")).findFirst().orElseThrow().id();
		MockHttpServletResponse refused = mvc.perform(post("/en/admin/accounts/" + staffId + "/enabled").session(admin)
			.param("enabled", "false")).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getForwardedUrl()).as("the 403 page").isEqualTo("/forbidden");
		assertThat(accounts.find(staffId).orElseThrow().enabled()).isTrue();
		MockHttpServletResponse noToken = mvc.perform(post("/login").param("username", "staff")
			.param("password", SignIn.DEMO_PASSWORD)).andReturn().getResponse();
		assertThat(noToken.getStatus()).isEqualTo(403);
	}

	@Test
	void theRefusalPageSaysWhyInTheVisitorsLanguage() throws Exception {
		String csrfPage = mvc.perform(get("/forbidden").requestAttr(RefusalHandler.CSRF, true)
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/fr/admin/accounts"))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(csrfPage).select("html").attr("lang")).isEqualTo("fr");
		assertThat(Jsoup.parse(csrfPage).select("main .lead").text()).contains("Le formulaire");
		String rolePage = mvc.perform(get("/forbidden").requestAttr(RefusalHandler.CSRF, false)
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/en/admin/accounts"))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(rolePage).select("main .lead").text()).contains("ask an administrator");
	}

	@Test
	void roleChangesAndDisabledAccountsTakeEffectOnTheNextRequest() throws Exception {
		Accounts.AccountView person = accounts.createLocal("roles-test", "Rosa Test", "rosa@org.example",
				"copper lantern river 82", Set.of(Role.STAFF));
		MockHttpSession session = SignIn.as(mvc, "roles-test", "copper lantern river 82");
		assertThat(mvc.perform(get(STAFF_ENTRY).session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/en/admin/accounts").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(403);

		Viewer admin = Viewer.signedIn(0, "admin", Set.of(Role.ADMIN));
		accounts.setRoles(person.id(), Set.of(Role.ADMIN, Role.STAFF), admin);
		assertThat(mvc.perform(get("/en/admin/accounts").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		accounts.setRoles(person.id(), Set.of(), admin);
		MockHttpServletResponse noRole = mvc.perform(get(STAFF_ENTRY).session(session)).andReturn().getResponse();
		assertThat(noRole.getStatus()).as("signed in without a role: 403, not a sign-in loop").isEqualTo(403);
		assertThat(noRole.getForwardedUrl()).as("the 403 page").isEqualTo("/forbidden");

		accounts.setRoles(person.id(), Set.of(Role.STAFF), admin);
		accounts.setEnabled(person.id(), false, admin);
		MockHttpServletResponse disabled = mvc.perform(get(STAFF_ENTRY).session(session)).andReturn().getResponse();
		assertThat(disabled.getStatus()).isEqualTo(302);
		assertThat(session.isInvalid()).as("its session has ended").isTrue();
		MvcResult again = mvc.perform(post("/login").param("username", "roles-test")
			.param("password", "copper lantern river 82").param("lang", "en").with(csrf())).andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/en/login?error=disabled");
	}

	@Test
	void aLocalAccountChangesItsPasswordUnderThePolicy() throws Exception {
		accounts.createLocal("password-test", "Pat Word", null, "quiet harbour lamp 17", Set.of(Role.STAFF));
		MockHttpSession session = SignIn.as(mvc, "password-test", "quiet harbour lamp 17");
		MockHttpServletResponse tooShort = mvc.perform(post("/en/account/password").session(session).with(csrf())
			.param("current", "quiet harbour lamp 17").param("password", "short1").param("confirmation", "short1"))
			.andReturn().getResponse();
		assertThat(tooShort.getStatus()).isEqualTo(400);
		assertThat(tooShort.getContentAsString()).contains("at least 12 characters");
		MockHttpServletResponse common = mvc.perform(post("/en/account/password").session(session).with(csrf())
			.param("current", "quiet harbour lamp 17").param("password", "Password1234!").param("confirmation", "Password1234!"))
			.andReturn().getResponse();
		assertThat(common.getContentAsString()).contains("too common");
		MockHttpServletResponse wrongCurrent = mvc.perform(post("/en/account/password").session(session).with(csrf())
			.param("current", "not my password").param("password", "violet canyon drum 44").param("confirmation", "violet canyon drum 44"))
			.andReturn().getResponse();
		assertThat(wrongCurrent.getContentAsString()).contains("current password is not right");
		MockHttpServletResponse changed = mvc.perform(post("/en/account/password").session(session).with(csrf())
			.param("current", "quiet harbour lamp 17").param("password", "violet canyon drum 44").param("confirmation", "violet canyon drum 44"))
			.andReturn().getResponse();
		assertThat(changed.getRedirectedUrl()).isEqualTo("/en/account");
		SignIn.as(mvc, "password-test", "violet canyon drum 44");
	}

	@Test
	void cacheHeadersFollowWhoIsLooking() throws Exception {
		MockHttpServletResponse anonymous = mvc.perform(get("/en/toolkit/administration")).andReturn().getResponse();
		assertThat(anonymous.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
		assertThat(anonymous.getHeader("Vary")).contains("Cookie");
		assertThat(anonymous.getCookies()).isEmpty();
		MockHttpSession staff = SignIn.as(mvc, "staff");
		assertThat(mvc.perform(get("/en/toolkit/administration").session(staff)).andReturn().getResponse()
			.getHeader("Cache-Control")).isEqualTo("private, no-cache");
		assertThat(mvc.perform(get("/en/login")).andReturn().getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(mvc.perform(get("/en/account").session(staff)).andReturn().getResponse().getHeader("Cache-Control"))
			.isEqualTo("no-store");
	}

	@Test
	void httpsResponsesTellBrowsersToStayOnHttps() throws Exception {
		assertThat(mvc.perform(get("/en/").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
			.isEqualTo("max-age=31536000 ; includeSubDomains");
		assertThat(mvc.perform(get("/en/")).andReturn().getResponse().getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		MockHttpSession staff = SignIn.as(mvc, "staff");
		MvcResult out = mvc.perform(post("/logout").session(staff).param("lang", "ar").with(csrf())).andReturn();
		assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/ar/");
		assertThat(staff.isInvalid()).isTrue();
	}

}
