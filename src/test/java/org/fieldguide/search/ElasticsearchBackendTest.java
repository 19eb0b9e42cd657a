package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documented example {@code docs/examples/application-elasticsearch.yml} switches the backend to
 * Elasticsearch by configuration alone. No cluster runs here, so the test points it at a closed port
 * (skipping the start-up version check and schema creation that need one) and checks that search then
 * says it is unavailable — 503 with a message, never a stack trace.
 */
@SpringBootTest(properties = { "spring.config.additional-location=file:docs/examples/application-elasticsearch.yml",
		"FIELDGUIDE_SEARCH_HOSTS=127.0.0.1:9", "spring.jpa.properties.hibernate.search.backend.version=9.1",
		"spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
		"spring.jpa.properties.hibernate.search.schema_management.strategy=none",
		"spring.jpa.properties.hibernate.search.backend.request_timeout=2000",
		"spring.jpa.properties.hibernate.search.backend.connection_timeout=1000",
		"fieldguide.import-starter-guide=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ElasticsearchBackendTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MockMvc mvc;

	@Test
	void theExampleConfigurationSelectsElasticsearch() throws Exception {
		ElasticsearchBackend backend = Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class);
		assertThat(backend).isNotNull();

		MockHttpServletResponse page = mvc.perform(get("/en/search").param("q", "water")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getContentAsString()).contains("Search is not available right now").doesNotContain("Exception");
		MockHttpServletResponse api = mvc.perform(get("/api/v1/search").param("q", "water")).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getContentType()).isEqualTo("application/problem+json");
	}

}
