package org.fieldguide.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.content.StarterGuide;
import org.fieldguide.guide.GuideGovernance.Governed;
import org.fieldguide.guide.GuideGovernance.Kind;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Content governance on the real application: derived review dates, the overdue and due-soon list, editing
 * and "mark reviewed", and the "under review" note readers see on an overdue public entry, also on kept pages.
 */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GovernanceTest {

	static final GuideSnapshot STARTER = StarterGuide.snapshot();

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	static final Viewer EDITOR = Viewer.signedIn(9101, "Edith", Set.of(Role.EDITOR, Role.STAFF));

	@Autowired
	MockMvc mvc;

	@Autowired
	GuideGovernance governance;

	@Autowired
	ReviewDateWatch watch;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reviewDatesDefaultToTheLastReviewPlusTwelveMonthsWithNoOwner() {
		EntryData entry = publicEntries().get(0);
		Governed item = governance.one(Kind.ENTRY, entry.slug(), Language.EN, EDITOR);
		LocalDate reviewed = entry.texts().get(Language.EN).reviewedOn();
		assertThat(item.owner()).isNull();
		assertThat(item.derived()).isTrue();
		assertThat(item.reviewBy()).isEqualTo((reviewed != null ? reviewed : TODAY).plusMonths(12));
		assertThat(governance.all(Language.EN, EDITOR)).extracting(Governed::kind).contains(Kind.ENTRY, Kind.RESOURCE);
	}

	@Test
	void theReviewListShowsOverdueAndDueSoonSortedAndMarkingReviewedMovesTheDateOn() throws Exception {
		List<EntryData> entries = publicEntries();
		EntryData overdue = entries.get(1);
		EntryData soon = entries.get(2);
		EntryData later = entries.get(3);
		MockHttpSession editor = SignIn.as(mvc, "editor");
		setReview(editor, overdue.slug(), "WASH team", TODAY.minusDays(3), 302);
		setReview(editor, soon.slug(), "", TODAY.plusDays(10), 302);
		setReview(editor, later.slug(), "Protection team", TODAY.plusDays(100), 302);

		Document due = page(get("/en/editor/reviews"), editor, 200);
		List<String> links = due.select("table.reviews tbody tr td:first-child a").eachAttr("href");
		assertThat(links).contains(link(overdue), link(soon)).doesNotContain(link(later));
		assertThat(due.select("table.reviews tbody tr.overdue a").eachAttr("href")).contains(link(overdue))
			.doesNotContain(link(soon));
		assertThat(due.select("table.reviews time").eachAttr("datetime")).isSorted();
		assertThat(page(get("/en/editor/reviews?show=all&sort=latest"), editor, 200).select("table.reviews time")
			.eachAttr("datetime")).isSortedAccordingTo(java.util.Comparator.reverseOrder())
			.contains(TODAY.plusDays(100).toString());
		assertThat(page(get("/en/editor/reviews?show=overdue"), editor, 200)
			.select("table.reviews tbody tr td:first-child a").eachAttr("href")).contains(link(overdue))
			.doesNotContain(link(soon));
		assertThat(page(get("/en/editor"), editor, 200).select(".review-counts a").text()).matches("Reviews: \\d+ overdue, \\d+ due.*");

		page(post("/en/editor/reviews/entry/" + overdue.slug() + "/reviewed"), editor, 302);
		Governed reviewed = governance.one(Kind.ENTRY, overdue.slug(), Language.EN, EDITOR);
		assertThat(reviewed.reviewBy()).isEqualTo(TODAY.plusMonths(12));
		assertThat(reviewed.owner()).isEqualTo("WASH team");
		assertThat(page(get("/en/editor/reviews"), editor, 200).select("table.reviews a").eachAttr("href"))
			.doesNotContain(link(overdue));
	}

	@Test
	void badInputIsRefusedWithTheFormAndNothingChanges() throws Exception {
		EntryData entry = publicEntries().get(4);
		MockHttpSession editor = SignIn.as(mvc, "editor");
		Governed before = governance.one(Kind.ENTRY, entry.slug(), Language.EN, EDITOR);
		Document refused = page(post("/en/editor/reviews/entry/" + entry.slug()).param("owner", "Someone")
			.param("reviewBy", "next spring"), editor, 400);
		assertThat(refused.select("#form-error").text()).contains("year-month-day");
		assertThat(refused.select("input[name=owner]").val()).isEqualTo("Someone");
		assertThat(governance.one(Kind.ENTRY, entry.slug(), Language.EN, EDITOR)).isEqualTo(before);
		assertThat(mvc.perform(get("/en/editor/reviews").session(SignIn.as(mvc, "staff"))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void readersSeeTheUnderReviewNoteOnlyOnAnOverduePublicEntryEvenOnKeptPages() throws Exception {
		EntryData entry = publicEntries().get(5);
		EntryData other = publicEntries().get(6);
		String path = "/fr/toolkit/" + entry.category() + "/" + entry.slug();
		assertThat(page(get(path), null, 200).select(".under-review")).isEmpty();
		governance.update(Kind.ENTRY, entry.slug(), null, TODAY.minusDays(1), EDITOR);
		Document overdue = page(get(path), null, 200);
		assertThat(overdue.select(".under-review").text()).contains("en cours de révision");
		assertThat(page(get("/fr/toolkit/" + other.category() + "/" + other.slug()), null, 200).select(".under-review"))
			.isEmpty();

		// a date passing writes nothing: the hourly look notices and drops kept pages
		String otherPath = "/en/toolkit/" + other.category() + "/" + other.slug();
		assertThat(page(get(otherPath), null, 200).select(".under-review")).isEmpty();
		watch.check();
		jdbc.sql("update entry set review_by = :d where slug = :s").param("d", java.sql.Date.valueOf(TODAY.minusDays(1)))
			.param("s", other.slug()).update();
		assertThat(watch.check()).isTrue();
		assertThat(page(get(otherPath), null, 200).select(".under-review").text()).contains("being reviewed");
		assertThat(watch.check()).isFalse();
	}

	private void setReview(MockHttpSession session, String slug, String owner, LocalDate date, int status)
			throws Exception {
		page(post("/en/editor/reviews/entry/" + slug).param("owner", owner).param("reviewBy", date.toString()), session,
				status);
	}

	private static String link(EntryData entry) {
		return "/en/editor/reviews/entry/" + entry.slug();
	}

	private Document page(MockHttpServletRequestBuilder request, MockHttpSession session, int status) throws Exception {
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

	static List<EntryData> publicEntries() {
		Set<String> publicCategories = STARTER.categories()
			.stream()
			.filter(c -> c.visibility() == Visibility.PUBLIC)
			.map(GuideSnapshot.CategoryData::slug)
			.collect(java.util.stream.Collectors.toSet());
		return STARTER.entries()
			.stream()
			.filter(e -> e.visibility() == Visibility.PUBLIC && e.parent() == null && publicCategories.contains(e.category()))
			.filter(e -> e.texts().containsKey(Language.FR))
			.toList();
	}

}
