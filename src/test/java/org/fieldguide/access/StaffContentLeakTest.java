package org.fieldguide.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.content.PackageSource;
import org.fieldguide.content.StarterGuide;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.guide.Phase;
import org.fieldguide.guide.ResourceType;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Walks every public channel — every page and link of the reader in four languages, the resource
 * library with every filter, search, downloads, the sitemap and error pages — first as the demo STAFF
 * account, which must find every staff entry and file, then anonymously, which must meet no summary,
 * body text, key point, resource text, file name or file byte of any staff item, and staff titles only
 * in the locked "sign in to read" lists.
 */
@FieldguideTest
class StaffContentLeakTest {

	private static final GuideSnapshot STARTER = StarterGuide.snapshot();

	@Autowired
	MockMvc mvc;

	@Test
	void staffFindEverythingAndAnonymousVisitorsNothingRestricted() throws Exception {
		MockHttpSession staff = SignIn.as(mvc, "staff");
		Walk asStaff = walk(staff);
		Set<String> staffFileHashes = new HashSet<>();
		for (ResourceData resource : staffResources()) {
			for (var file : resource.files().entrySet()) {
				String path = "/files/" + resource.slug() + "/" + file.getKey().code() + "/" + file.getValue().fileName();
				MockHttpServletResponse response = perform(get(path), staff);
				assertThat(response.getStatus()).as(path).isEqualTo(200);
				assertThat(response.getContentAsByteArray()).hasSize((int) file.getValue().sizeBytes());
				assertThat(response.getHeader("Cache-Control")).as(path).contains("private");
				staffFileHashes.add(sha256(response.getContentAsByteArray()));
			}
		}
		for (EntryData entry : staffEntries()) {
			assertThat(asStaff.visited).as("staff reach " + entry.slug()).anyMatch(p -> p.endsWith("/" + entry.slug()));
			String html = perform(get("/en/toolkit/" + entry.category() + "/" + entry.slug()), staff).getContentAsString();
			assertThat(Jsoup.parse(html).text()).contains(entry.texts().get(Language.EN).summary());
		}
		assertThat(asStaff.text).contains(staffResources().get(0).texts().get(Language.EN).title());
		assertThat(staffFileHashes).hasSize(staffResources().stream().mapToInt(r -> r.files().size()).sum());

		Walk anonymous = walk(null);
		assertThat(anonymous.pages).isGreaterThan(150);
		assertThat(anonymous.files).isGreaterThan(50);
		assertThat(anonymous.fileHashes).doesNotContainAnyElementsOf(staffFileHashes);
		for (String secret : secrets()) {
			assertThat(anonymous.text).as("anonymous text").doesNotContain(secret);
		}
		for (String title : staffTitles()) {
			assertThat(anonymous.textOutsideLockedLists).as("title outside the locked list").doesNotContain(title);
		}
		assertThat(anonymous.lockedTitles).as("locked titles shown").isNotEmpty().allMatch(staffTitles()::contains);
		// training manual: session pages are walked from the navigation; facilitator notes are for staff only
		assertThat(anonymous.visited).anyMatch(p -> p.startsWith("/fr/training/centre-staff-course/"));
		for (String note : facilitatorNotes()) {
			assertThat(asStaff.text).as("staff read the facilitator notes").contains(note);
			assertThat(anonymous.text).as("anonymous text").doesNotContain(note);
		}
	}

	@Test
	void restrictedAddressesAskAnonymousVisitorsToSignIn() throws Exception {
		for (EntryData entry : staffEntries()) {
			for (Language language : Language.values()) {
				MockHttpServletResponse response = perform(
						get("/" + language.code() + "/toolkit/" + entry.category() + "/" + entry.slug()), null);
				assertThat(response.getStatus()).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).endsWith("/" + language.code() + "/login?required");
				assertThat(response.getContentAsString()).isEmpty();
				assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
			}
		}
		for (ResourceData resource : staffResources()) {
			for (var file : resource.files().entrySet()) {
				MockHttpServletResponse response = perform(
						get("/files/" + resource.slug() + "/" + file.getKey().code() + "/" + file.getValue().fileName()), null);
				assertThat(response.getStatus()).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).contains("/login?required");
				assertThat(response.getContentAsByteArray()).isEmpty();
			}
		}
	}

	@Test
	void searchingForStaffWordsFindsNothingRestricted() throws Exception {
		List<String> secrets = secrets();
		for (EntryData entry : staffEntries()) {
			for (var text : entry.texts().entrySet()) {
				for (String query : List.of(text.getValue().title(), text.getValue().keyPoints().get(0),
						entry.slug().replace('-', ' '))) {
					MockHttpServletResponse response = perform(
							get("/" + text.getKey().code() + "/search").param("q", query), null);
					assertThat(response.getStatus()).isEqualTo(200);
					// the results, without the echo of the query itself
					String page = Jsoup.parse(response.getContentAsString()).select("main ul, main ol").text();
					for (String secret : secrets) {
						assertThat(page).doesNotContain(secret);
					}
					for (String title : staffTitles()) {
						assertThat(page).doesNotContain(title);
					}
					MockHttpServletResponse api = perform(get("/api/v1/search").param("q", query)
						.param("lang", text.getKey().code()), null);
					// the hits and facets, without the echo of the query itself
					String json = api.getContentAsString().replaceFirst("^.*?\"hits\":", "");
					assertThat(api.getStatus()).isEqualTo(200);
					for (String secret : secrets) {
						assertThat(json).doesNotContain(secret);
					}
					String suggestions = perform(get("/" + text.getKey().code() + "/search/suggest").param("q",
							query.length() > 12 ? query.substring(0, 12) : query), null).getContentAsString();
					for (String title : staffTitles()) {
						assertThat(suggestions).doesNotContain(title);
					}
				}
			}
		}
	}

	/** What a visitor met on a walk over every channel. */
	private static final class Walk {

		final Set<String> visited = new LinkedHashSet<>();

		final StringBuilder text = new StringBuilder();

		final StringBuilder textOutsideLockedLists = new StringBuilder();

		final Set<String> lockedTitles = new HashSet<>();

		final Set<String> fileHashes = new HashSet<>();

		int pages;

		int files;

	}

	/** The first line of every facilitator notes file of the starter manual. */
	private static List<String> facilitatorNotes() {
		PackageSource starter = PackageSource.classpath("starter-guide");
		List<String> notes = starter.paths()
			.stream()
			.filter(p -> p.startsWith("training/") && p.endsWith(".notes.md"))
			.map(p -> new String(starter.read(p), StandardCharsets.UTF_8).strip().lines().findFirst().orElseThrow())
			// the longest run of plain text, so that Markdown marks do not hide it in the rendered page
			.map(line -> java.util.Arrays.stream(line.split("[*_`\\[\\]#>()|]"))
				.map(String::strip)
				.max(java.util.Comparator.comparingInt(String::length))
				.orElseThrow())
			.map(run -> run.length() > 50 ? run.substring(0, 50).strip() : run)
			.filter(run -> run.length() >= 20)
			.toList();
		assertThat(notes).hasSizeGreaterThan(12);
		return notes;
	}

	private Walk walk(MockHttpSession session) throws Exception {
		Walk walk = new Walk();
		Deque<String> queue = new ArrayDeque<>();
		for (Language language : Language.values()) {
			String l = "/" + language.code();
			queue.add(l + "/");
			queue.add(l + "/nowhere-" + language.code());
			queue.add(l + "/training");
			for (var category : STARTER.categories()) {
				queue.add(l + "/resources?category=" + category.slug());
			}
			for (Phase phase : Phase.values()) {
				queue.add(l + "/resources?phase=" + phase.slug());
			}
			for (ResourceType type : ResourceType.values()) {
				queue.add(l + "/resources?type=" + type.slug());
			}
			for (Language fileLanguage : Language.values()) {
				queue.add(l + "/resources?language=" + fileLanguage.code());
			}
		}
		queue.add("/files/no-such-resource/en/x.pdf");
		queue.add("/sitemap.xml");
		while (!queue.isEmpty()) {
			String path = queue.poll();
			// PDFs of the guide are walked by delivery/PdfDeliveryTest, which reads their text, and offline
			// copies by delivery/OfflineCopyTest, which unpacks them (they are built from a running server)
			if (!walk.visited.add(path) || path.matches("/[a-z]{2}/(login|logout|account|admin).*")
					|| path.startsWith("/oauth2/") || path.matches("/[a-z]{2}/(toolkit/.+|guide)\\.pdf")
					|| path.matches("/[a-z]{2}/offline\\.zip")
					// the training manual's PDFs are read by training/TrainingPdfTest
					|| path.matches("/[a-z]{2}/training/manual.*\\.pdf")) {
				continue;
			}
			MockHttpServletResponse response = perform(get(path), session);
			int status = response.getStatus();
			if (status == 302) {
				assertThat(session).as("only anonymous visitors are redirected: " + path).isNull();
				assertThat(response.getContentAsByteArray()).isEmpty();
				continue;
			}
			assertThat(status).as(path).isIn(200, 404);
			if (path.startsWith("/files/")) {
				walk.files++;
				walk.fileHashes.add(sha256(response.getContentAsByteArray()));
				walk.text.append(new String(response.getContentAsByteArray(), StandardCharsets.ISO_8859_1));
				continue;
			}
			walk.pages++;
			String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
			Document document = path.endsWith(".xml") ? Jsoup.parse(body, "", org.jsoup.parser.Parser.xmlParser())
					: Jsoup.parse(body);
			walk.text.append(body).append('\n').append(document.text()).append('\n');
			for (Element link : document.select("a[href^=/], link[href^=/], loc")) {
				String href = link.hasAttr("href") ? link.attr("href") : link.text().replaceFirst("^https?://[^/]+", "");
				href = java.net.URLDecoder.decode(href.replaceAll("#.*$", ""), StandardCharsets.UTF_8);
				walk.text.append(href).append('\n');
				if (!href.isEmpty() && !walk.visited.contains(href)) {
					queue.add(href);
				}
			}
			document.select("section.locked a").forEach(a -> walk.lockedTitles.add(a.text()));
			document.select("section.locked").remove();
			walk.textOutsideLockedLists.append(document.text()).append('\n');
		}
		return walk;
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

	private static List<EntryData> staffEntries() {
		return STARTER.entries().stream().filter(e -> e.visibility() == Visibility.STAFF).toList();
	}

	private static List<ResourceData> staffResources() {
		return STARTER.resources().stream().filter(r -> r.visibility() == Visibility.STAFF).toList();
	}

	private static Set<String> staffTitles() {
		Set<String> titles = new HashSet<>();
		staffEntries().forEach(e -> e.texts().values().forEach(t -> titles.add(t.title())));
		return titles;
	}

	/**
	 * What only staff may read: summaries, key points and body sentences of staff entries; titles,
	 * descriptions and file names of staff resources.
	 */
	private static List<String> secrets() {
		List<String> secrets = new ArrayList<>();
		for (EntryData entry : staffEntries()) {
			for (EntryText t : entry.texts().values()) {
				secrets.add(t.summary());
				secrets.addAll(t.keyPoints());
				t.markdown()
					.lines()
					.filter(line -> line.length() > 60 && Character.isLetter(line.charAt(0)) && !line.matches(".*[*_`\\[<>&'\"].*"))
					.limit(3)
					.forEach(line -> secrets.add(line.substring(0, 50)));
			}
		}
		for (ResourceData resource : staffResources()) {
			resource.texts().values().forEach(t -> {
				secrets.add(t.title());
				if (t.description() != null && !t.description().isBlank()) {
					secrets.add(t.description());
				}
			});
			resource.files().values().forEach(f -> secrets.add(f.fileName()));
			secrets.add("/files/" + resource.slug() + "/");
		}
		assertThat(secrets).hasSizeGreaterThan(40);
		return secrets;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
