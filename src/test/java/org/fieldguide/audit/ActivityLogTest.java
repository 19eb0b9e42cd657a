package org.fieldguide.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
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
import org.fieldguide.editorial.RevisionText;
import org.fieldguide.editorial.RevisionView;
import org.fieldguide.editorial.Revisions;
import org.fieldguide.guide.GuideGovernance;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The activity log and the public "what changed" page with publishers' summaries, on the real application:
 * workflow steps are logged with who and when, the log filters and pages, only editors, publishers and
 * administrators read it, and readers see a summary only for entries they may read.
 */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ActivityLogTest {

	static final GuideSnapshot STARTER = StarterGuide.snapshot();

	static final Viewer EDITOR = Viewer.signedIn(9201, "Edith Activity", Set.of(Role.EDITOR, Role.STAFF));

	static final Viewer PUBLISHER = Viewer.signedIn(9202, "Paul Activity",
			Set.of(Role.EDITOR, Role.PUBLISHER, Role.STAFF));

	@Autowired
	MockMvc mvc;

	@Autowired
	Revisions revisions;

	@Autowired
	ActivityLog log;

	@Autowired
	GuideGovernance governance;

	@Test
	void everyWorkflowStepIsLoggedWithWhoAndWhenAndTheLogFilters() throws Exception {
		String slug = entries(Visibility.PUBLIC, Language.FR).get(0).slug();
		Instant start = Instant.now().minusSeconds(1);
		RevisionView first = revisions.save(slug, Language.FR, text("Un"), "Premier jet", 1, EDITOR);
		revisions.submit(slug, Language.FR, first.number(), EDITOR);
		revisions.returnToDraft(slug, Language.FR, first.number(), "Trop long", PUBLISHER);
		RevisionView second = revisions.save(slug, Language.FR, text("Deux"), "Plus court", first.number(), EDITOR);
		revisions.submit(slug, Language.FR, second.number(), EDITOR);
		revisions.publish(slug, Language.FR, second.number(), "Texte raccourci", PUBLISHER);
		governance.update(GuideGovernance.Kind.ENTRY, slug, "Équipe terrain", LocalDate.now(ZoneOffset.UTC).plusDays(60),
				PUBLISHER);

		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		Document all = page("/en/editor/activity?entry=" + slug, publisher, 200);
		List<Element> rows = all.select("table.activity tbody tr");
		assertThat(rows).extracting(r -> r.select("td").get(2).text())
			.containsExactly("Changed owner or review date", "Published", "Submitted for review", "Saved a draft",
					"Returned to the editor", "Submitted for review", "Saved a draft");
		assertThat(rows).extracting(r -> r.select("td").get(1).text())
			.containsExactly("Paul Activity", "Paul Activity", "Edith Activity", "Edith Activity", "Paul Activity",
					"Edith Activity", "Edith Activity");
		assertThat(rows.get(1).select("td").get(5).text()).contains("Texte raccourci");
		for (Element row : rows) {
			Instant at = Instant.parse(row.selectFirst("time").attr("datetime"));
			assertThat(Duration.between(start, at)).isBetween(Duration.ZERO, Duration.ofMinutes(5));
		}

		assertThat(texts(page("/en/editor/activity?entry=" + slug + "&who=paul", publisher, 200), 2))
			.containsExactly("Changed owner or review date", "Published", "Returned to the editor");
		assertThat(texts(page("/en/editor/activity?entry=" + slug + "&action=submitted", publisher, 200), 2))
			.hasSize(2);
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
		assertThat(page("/en/editor/activity?entry=" + slug + "&from=" + tomorrow, publisher, 200)
			.select("table.activity tbody tr")).isEmpty();
		assertThat(page("/en/editor/activity?entry=" + slug + "&from=" + yesterday + "&to=" + tomorrow, publisher, 200)
			.select("table.activity tbody tr")).hasSize(7);
		assertThat(page("/en/editor/activity?from=someday", publisher, 400).select("#date-error")).isNotEmpty();
	}

	@Test
	void theLogPagesFiftyLinesAtATime() throws Exception {
		Instant at = Instant.now();
		for (int i = 0; i < 60; i++) {
			log.record(1L, "Paging Test", "saved", "paging-subject", Language.EN, "line " + i, at.plusMillis(i));
		}
		MockHttpSession editor = SignIn.as(mvc, "editor");
		Document first = page("/ar/editor/activity?entry=paging-subject", editor, 200);
		assertThat(first.select("table.activity tbody tr")).hasSize(50);
		assertThat(first.select("table.activity tbody tr").first().select("td").get(5).text()).isEqualTo("line 59");
		String next = first.select("a[rel=next]").attr("href");
		assertThat(next).contains("page=2");
		assertThat(page(next, editor, 200).select("table.activity tbody tr")).hasSize(10);
	}

	@Test
	void onlyEditorsPublishersAndAdministratorsReadTheLog() throws Exception {
		MockHttpServletResponse anonymous = mvc.perform(get("/en/editor/activity")).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).contains("/login");
		page("/en/editor/activity", SignIn.as(mvc, "staff"), 403);
		page("/en/editor/activity", SignIn.as(mvc, "trainer"), 403);
		page("/en/editor/activity", SignIn.as(mvc, "editor"), 200);
		Document admin = page("/en/admin/accounts", SignIn.as(mvc, "admin"), 200);
		String link = admin.select("nav.admin-nav a[href=/en/editor/activity]").attr("href");
		assertThat(link).isEqualTo("/en/editor/activity");
		page(link, SignIn.as(mvc, "admin"), 200);
	}

	@Test
	void whatChangedShowsThePublishersSummaryButNeverAStaffEntrysToAnonymousReaders() throws Exception {
		EntryData open = entries(Visibility.PUBLIC, Language.FR).get(1);
		RevisionView draft = revisions.save(open.slug(), Language.FR, text("Horaires"), null, 1, EDITOR);
		revisions.submit(open.slug(), Language.FR, draft.number(), EDITOR);
		revisions.publish(open.slug(), Language.FR, draft.number(), "Horaires des permanences corrigés", PUBLISHER);
		EntryData closed = entries(Visibility.STAFF, Language.EN).get(0);
		RevisionView staffDraft = revisions.save(closed.slug(), Language.EN, text("Roster"), null, 1, PUBLISHER);
		revisions.submit(closed.slug(), Language.EN, staffDraft.number(), PUBLISHER);
		revisions.publish(closed.slug(), Language.EN, staffDraft.number(), "Night roster zwibbled", PUBLISHER);

		Document french = page("/fr/changes", null, 200);
		Element item = french.select("ul.changes > li").stream()
			.filter(li -> li.select("h3 a").attr("href").endsWith("/" + open.slug()))
			.findFirst()
			.orElseThrow();
		assertThat(item.select(".change-note").text()).isEqualTo("Horaires des permanences corrigés");
		assertThat(item.select(".change-note-label").text()).startsWith("Publié le");
		assertThat(page("/en/changes", null, 200).text()).doesNotContain("zwibbled").doesNotContain("permanences");
		assertThat(page("/en/changes", SignIn.as(mvc, "staff"), 200).select(".change-note").eachText())
			.contains("Night roster zwibbled");
	}

	private static RevisionText text(String word) {
		return new RevisionText("Titre " + word, "Résumé " + word, List.of("Point " + word), "Corps " + word + ".");
	}

	private static List<String> texts(Document page, int column) {
		return page.select("table.activity tbody tr").stream().map(r -> r.select("td").get(column).text()).toList();
	}

	private static List<EntryData> entries(Visibility visibility, Language language) {
		Set<String> publicCategories = STARTER.categories()
			.stream()
			.filter(c -> c.visibility() == Visibility.PUBLIC)
			.map(GuideSnapshot.CategoryData::slug)
			.collect(java.util.stream.Collectors.toSet());
		return STARTER.entries()
			.stream()
			.filter(e -> e.visibility() == visibility && e.parent() == null && publicCategories.contains(e.category()))
			.filter(e -> e.texts().containsKey(language))
			.toList();
	}

	private Document page(String url, MockHttpSession session, int status) throws Exception {
		var request = get(url);
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
