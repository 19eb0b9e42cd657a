package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A lost index is rebuilt on start, {@code --reindex} rebuilds on request, and administrators see the
 * index against the database and can rebuild it from the page.
 */
@FieldguideTest
class SearchIndexLifecycleTest {

	@Autowired
	SearchIndexState index;

	@Autowired
	GuideSearch search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MockMvc mvc;

	@Test
	void anEmptiedIndexIsRebuiltOnStart() throws Exception {
		Search.mapping(entityManagerFactory).scope(Object.class, List.of("Entry", "Resource")).workspace().purge();
		Search.mapping(entityManagerFactory).scope(Object.class, List.of("Entry", "Resource")).workspace().refresh();
		assertThat(index.countInIndex()).isZero();
		assertThat(hits("registration")).isZero();

		index.run(new DefaultApplicationArguments());
		awaitRebuilt();
		assertThat(index.countInIndex()).isEqualTo(index.countInDatabase());
		assertThat(hits("registration")).isPositive();
	}

	@Test
	void theReindexSwitchRebuildsEvenWhenTheIndexLooksComplete() throws Exception {
		assertThat(index.countInIndex()).isEqualTo(index.countInDatabase());
		index.run(new DefaultApplicationArguments("--reindex"));
		assertThat(index.rebuilding() || index.progress()[0] > 0).isTrue();
		awaitRebuilt();
		assertThat(index.progress()[0]).isEqualTo(index.countInDatabase());
	}

	@Test
	void administratorsFollowAndStartARebuild() throws Exception {
		MockHttpSession admin = SignIn.as(mvc, "admin");
		var page = Jsoup.parse(mvc.perform(get("/en/admin/search-index").session(admin)).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select(".facts").text()).contains("Up to date");
		String started = mvc.perform(post("/en/admin/search-index").session(admin).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(started).isEqualTo("/en/admin/search-index");
		awaitRebuilt();
		MockHttpSession staff = SignIn.as(mvc, "staff");
		assertThat(mvc.perform(post("/en/admin/search-index").session(staff).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	private long hits(String text) {
		return search.search(new GuideSearch.Query(text, Language.EN, null, null, null, null, 1), Viewer.anonymous()).total();
	}

	private void awaitRebuilt() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (index.rebuilding() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(index.rebuilding()).as("rebuild finished within a minute").isFalse();
		Search.mapping(entityManagerFactory).scope(Object.class, List.of("Entry", "Resource")).workspace().refresh();
	}

}
