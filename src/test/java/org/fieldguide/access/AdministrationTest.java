package org.fieldguide.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /admin}: only administrators; find, create, grant, revoke, disable; the sign-in log with paging. */
@FieldguideTest
class AdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void onlyAdministratorsReachAdministration() throws Exception {
		assertThat(mvc.perform(get("/en/admin/accounts")).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/en/login?required");
		assertThat(mvc.perform(get("/admin")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login?required");
		MockHttpSession staff = SignIn.as(mvc, "staff");
		assertThat(mvc.perform(get("/fr/admin/accounts").session(staff)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/fr/admin/sign-ins").session(staff)).andReturn().getResponse().getStatus()).isEqualTo(403);
		MockHttpSession admin = SignIn.as(mvc, "admin");
		assertThat(mvc.perform(get("/admin").session(admin)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/en/admin/accounts");
	}

	@Test
	void aPagedDeclaredQueryCountsEveryMatchAcrossPages() {
		// the count query of a declared query is derived by Spring Data's simple enhancer (RepositoriesConfig)
		var first = accounts.search("demo", 0, 2);
		assertThat(first.getContent()).hasSize(2);
		assertThat(first.getTotalElements()).isEqualTo(5);
		assertThat(first.getTotalPages()).isEqualTo(3);
		assertThat(accounts.search("demo", 2, 2).getContent()).hasSize(1);
	}

	@Test
	void anAdministratorCreatesAnAccountAndGrantsAndRevokesRoles() throws Exception {
		MockHttpSession admin = SignIn.as(mvc, "admin");
		MockHttpServletResponse refused = mvc.perform(post("/en/admin/accounts").session(admin).with(csrf())
			.param("username", "new person").param("displayName", "New Person").param("password", "long enough phrase 1"))
			.andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.getContentAsString()).select("[role=alert]").text()).contains("2 to 60 characters");
		assertThat(Jsoup.parse(refused.getContentAsString()).select("#display-name").val()).isEqualTo("New Person");
		assertThat(accounts.search("new person", 0, 10).getTotalElements()).isZero();

		MockHttpServletResponse weak = mvc.perform(post("/en/admin/accounts").session(admin).with(csrf())
			.param("username", "nadia").param("displayName", "Nadia Haddad").param("password", "nadiahaddad2026"))
			.andReturn().getResponse();
		assertThat(weak.getContentAsString()).contains("must not contain the account name, the person&#39;s name");

		String created = mvc.perform(post("/en/admin/accounts").session(admin).with(csrf())
			.param("username", "Nadia").param("displayName", "Nadia Haddad").param("email", "nadia@org.example")
			.param("password", "orchard tin lamp 19").param("roles", "STAFF", "TRAINER"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(created).matches("/en/admin/accounts/\\d+");
		Document page = Jsoup.parse(mvc.perform(get(created).session(admin)).andReturn().getResponse().getContentAsString());
		assertThat(page.select("input[name=roles][checked]").eachAttr("value")).containsExactly("STAFF", "TRAINER");
		assertThat(page.select("[role=status]").text()).contains("has been created");

		mvc.perform(post(created + "/roles").session(admin).with(csrf()).param("roles", "EDITOR"));
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		assertThat(accounts.find(id).orElseThrow().roles()).containsExactly(Role.EDITOR);
		assertThat(mvc.perform(post(created + "/roles").session(admin).with(csrf()).param("roles", "KING"))
			.andReturn().getResponse().getStatus()).isEqualTo(400);

		Document list = Jsoup.parse(mvc.perform(get("/en/admin/accounts").param("q", "HADDAD").session(admin))
			.andReturn().getResponse().getContentAsString());
		assertThat(list.select("tbody tr")).hasSize(1);
		assertThat(list.select("tbody a").text()).isEqualTo("nadia");
		assertThat(mvc.perform(get("/en/admin/accounts").param("page", "-4").param("q", "%_\\").session(admin))
			.andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/en/admin/accounts/999999").session(admin)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void anAdministratorCannotLockThemselvesOut() throws Exception {
		MockHttpSession admin = SignIn.as(mvc, "admin");
		long adminId = accounts.search("admin", 0, 10).getContent().stream()
			.filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id();
		MockHttpServletResponse own = mvc.perform(post("/en/admin/accounts/" + adminId + "/roles").session(admin)
			.with(csrf()).param("roles", "STAFF")).andReturn().getResponse();
		assertThat(own.getStatus()).isEqualTo(400);
		assertThat(own.getContentAsString()).contains("cannot remove the administrator role from your own account");
		assertThat(mvc.perform(post("/en/admin/accounts/" + adminId + "/enabled").session(admin).with(csrf())
			.param("enabled", "false")).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(accounts.find(adminId).orElseThrow().roles()).contains(Role.ADMIN);
	}

	@Test
	void theSignInLogShowsAttemptsNewestFirstWithPaging() throws Exception {
		for (int i = 0; i < 55; i++) {
			mvc.perform(post("/login").param("username", "log-test-" + i).param("password", "not it at all")
				.param("lang", "en").with(csrf()).with(request -> {
					request.setRemoteAddr("192.0.2.77");
					return request;
				}));
		}
		MockHttpSession admin = SignIn.as(mvc, "admin");
		Document first = Jsoup.parse(mvc.perform(get("/en/admin/sign-ins").session(admin)).andReturn().getResponse()
			.getContentAsString());
		assertThat(first.select("tbody tr")).hasSize(50);
		assertThat(first.select("tbody tr").first().text()).contains("admin", "local", "Success", "signed in");
		assertThat(first.select("tbody tr").get(1).text()).contains("log-test-54", "192.0.2.77", "Failure");
		assertThat(first.select("a[rel=next]")).hasSize(1);
		Document failures = Jsoup.parse(mvc.perform(get("/en/admin/sign-ins").param("failures", "true")
			.param("page", "2").session(admin)).andReturn().getResponse().getContentAsString());
		assertThat(failures.select("tbody tr").text()).doesNotContain("Success");
		assertThat(mvc.perform(get("/en/admin/sign-ins").param("page", "x").session(admin)).andReturn().getResponse()
			.getStatus()).isEqualTo(400);
	}

}
