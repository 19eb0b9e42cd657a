package org.fieldguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.sql.Connection;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideViews.ResourceFilter;
import org.fieldguide.guide.Phase;
import org.fieldguide.guide.ResourceLibraryQuery;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The same migrations, import and reader queries on a real PostgreSQL server, started from Maven
 * artifacts (no Docker needed).
 */
@FieldguideTest
@Import(PostgresTest.RealPostgres.class)
class PostgresTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class RealPostgres {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres() throws IOException {
			return EmbeddedPostgres.builder().start();
		}

		@Bean
		DataSource dataSource(EmbeddedPostgres postgres) {
			return postgres.getPostgresDatabase();
		}

	}

	@Autowired
	DataSource dataSource;

	@Autowired
	GuideReader reader;

	@Autowired
	ResourceLibraryQuery library;

	@Autowired
	MockMvc mvc;

	@Test
	void runsOnPostgresql() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}

	@Test
	void migrationsAndStarterGuideWorkOnPostgresql() {
		var home = reader.home(Language.FR, Viewer.anonymous());
		assertThat(home.categories()).hasSize(4);
		var entry = reader.entry("centre-management", "typologies-of-facilities", Language.ES, Viewer.anonymous());
		assertThat(entry.children()).hasSize(6);
		assertThat(entry.fallback()).isTrue();
		assertThat(entry.resources()).isNotEmpty();
		assertThat(reader.phase(Phase.PHASE_OUT, Language.EN, Viewer.anonymous()).groups()).isNotEmpty();
		ResourceFilter filter = library.filter("information-management", "running", null, "es", Viewer.anonymous());
		assertThat(library.find(filter, Language.ES, Viewer.anonymous()).resources()).isNotEmpty();
	}

	@Test
	void pagesAndDownloadsWorkOnPostgresql() throws Exception {
		assertThat(mvc.perform(get("/ar/toolkit/information-management/data-protection")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		var entry = reader.entry("administration", "human-resources", Language.EN, Viewer.anonymous());
		String href = entry.resources().get(0).files().get(0).href();
		var download = mvc.perform(get(href)).andReturn().getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray()).hasSize((int) entry.resources().get(0).files().get(0).sizeBytes());
	}

	@Test
	void trainingPagesWorkOnPostgresql() throws Exception {
		String module = mvc.perform(get("/fr/training/centre-staff-course")).andReturn().getResponse().getContentAsString();
		assertThat(module).contains("/fr/training/centre-staff-course/safe-staffing-and-incident-reporting");
		String entry = mvc.perform(get("/en/toolkit/administration/human-resources")).andReturn().getResponse()
			.getContentAsString();
		assertThat(entry).as("the sessions that teach it").contains("/en/training/centre-staff-course/");
	}

	/** Governance, change summaries and the activity log use plain SQL: it must run on PostgreSQL too. */
	@Test
	void governanceAndActivityQueriesWorkOnPostgresql() throws Exception {
		var publisher = SignIn.as(mvc, "publisher");
		var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/en/editor/reviews/entry/data-protection")
			.param("owner", "Data team")
			.param("reviewBy", java.time.LocalDate.now().minusDays(2).toString())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.session(publisher);
		assertThat(mvc.perform(form).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get("/en/editor/reviews").session(publisher)).andReturn().getResponse()
			.getContentAsString()).contains("Data team");
		assertThat(mvc.perform(get("/en/editor/activity?who=pub&action=governance&from=2020-01-01").session(publisher))
			.andReturn().getResponse().getContentAsString()).contains("data-protection");
		assertThat(mvc.perform(get("/en/toolkit/information-management/data-protection")).andReturn().getResponse()
			.getContentAsString()).contains("under-review");
		assertThat(mvc.perform(get("/fr/changes?since=2020-01-01")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}
