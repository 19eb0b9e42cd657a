package org.fieldguide.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Visibility;
import org.fieldguide.content.StarterGuide;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** "What changed since": the page, the notice on entry pages opened from an old copy, and bad dates. */
@FieldguideTest
class ChangesPageTest {

	private static final GuideSnapshot STARTER = StarterGuide.snapshot();

	private static final String YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

	private static final String TOMORROW = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

	@Autowired
	MockMvc mvc;

	@Test
	void listsWhatChangedSinceADateWithTheViewersVisibility() throws Exception {
		EntryData publicEntry = entry(Visibility.PUBLIC);
		EntryData staffEntry = entry(Visibility.STAFF);
		Document anonymous = page("/en/changes?since=" + YESTERDAY, null, 200);
		assertThat(anonymous.select("ul.changes h3 a").eachText()).contains(publicEntry.texts().get(Language.EN).title())
			.doesNotContain(staffEntry.texts().get(Language.EN).title());
		assertThat(anonymous.text()).doesNotContain(staffEntry.texts().get(Language.EN).summary());
		assertThat(anonymous.selectFirst("input[name=since]").attr("value")).isEqualTo(YESTERDAY);

		MockHttpSession staff = SignIn.as(mvc, "staff");
		assertThat(page("/en/changes?since=" + YESTERDAY, staff, 200).select("ul.changes h3 a").eachText())
			.contains(staffEntry.texts().get(Language.EN).title());

		Document none = page("/fr/changes?since=" + TOMORROW, null, 200);
		assertThat(none.select("ul.changes li")).isEmpty();
		assertThat(none.select("main p").eachText()).contains("Rien n’a changé depuis.");
		// without a date: the last 30 days
		assertThat(page("/en/changes", null, 200).select("ul.changes li")).isNotEmpty();
	}

	@Test
	void aBadDateGetsTheFormBackWithAMessage() throws Exception {
		for (String bad : new String[] { "yesterday", "2026-13-45", "2026-11-27T25:00:00Z", "x".repeat(5000) }) {
			Document page = page("/en/changes?since=" + bad, null, 400);
			assertThat(page.select("#since-error").text()).contains("year-month-day");
			assertThat(page.selectFirst("input[name=since]").attr("aria-invalid")).isEqualTo("true");
		}
	}

	@Test
	void anEntryOpenedFromAnOlderCopySaysWhetherItChanged() throws Exception {
		EntryData entry = entry(Visibility.PUBLIC);
		String path = "/en/toolkit/" + entry.category() + "/" + entry.slug();
		Document changed = page(path + "?since=" + YESTERDAY + "T08:30:00Z", null, 200);
		assertThat(changed.select("main .notice").text()).contains("This page has changed since your copy of");
		assertThat(changed.select("main .notice a").attr("href")).startsWith("/en/changes?since=");
		Document unchanged = page(path + "?since=" + TOMORROW, null, 200);
		assertThat(unchanged.select("main .notice").text()).contains("has not changed since your copy");
		Document mangled = page(path + "?since=garbage", null, 200);
		assertThat(mangled.select("main .notice").text()).doesNotContain("your copy");
	}

	private static EntryData entry(Visibility visibility) {
		return STARTER.entries().stream()
			.filter(e -> e.visibility() == visibility && e.parent() == null)
			.findFirst()
			.orElseThrow();
	}

	private Document page(String path, MockHttpSession session, int status) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
