package org.fieldguide.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.fieldguide.FieldguideTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A request that does not wait for a copy being built is told so, in its language, and when to come back. */
@FieldguideTest
@TestPropertySource(properties = "fieldguide.offline.build-wait=0s")
class OfflineCopyBuildingTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aCopyNotReadyYetIsA503WithRetryAfterAndATranslatedPage() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/fr/offline.zip")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		response.setCharacterEncoding("UTF-8");
		var page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("h1").text()).isEqualTo("La copie hors ligne est en préparation");
		assertThat(page.select("main a[href=/fr/offline.zip]")).hasSize(1);
	}

}
