package org.fieldguide.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fieldguide.SignIn;
import org.fieldguide.access.Viewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.content.StarterGuide;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.guide.GuideViews.PackEntry;
import org.fieldguide.guide.Phase;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Field packs on the real application (on a real port: the ZIP builder reads the pages back over
 * loopback) with the starter guide. Expectations are worked out from the starter guide's own data, not
 * from the code under test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "fieldguide.offline.build-wait=180s")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FieldPackTest {

	static final GuideSnapshot STARTER = StarterGuide.snapshot();

	static final Map<String, EntryData> BY_SLUG = STARTER.entries()
		.stream()
		.collect(Collectors.toMap(EntryData::slug, e -> e));

	@Autowired
	MockMvc mvc;

	@Autowired
	GuideReader guide;

	@Autowired
	FieldPacks packs;

	@Autowired
	PdfCache pdfCache;

	// ---- the starter guide, read independently ----

	static boolean publicCategory(String slug) {
		return STARTER.categories().stream().anyMatch(c -> c.slug().equals(slug) && c.visibility() == Visibility.PUBLIC);
	}

	/** Readable by an anonymous reader: the entry, its category and its parent are public. */
	static boolean anonymousMayRead(EntryData e) {
		return e.visibility() == Visibility.PUBLIC && publicCategory(e.category())
				&& (e.parent() == null || BY_SLUG.get(e.parent()).visibility() == Visibility.PUBLIC);
	}

	static List<EntryData> publicEntries() {
		return STARTER.entries().stream().filter(FieldPackTest::anonymousMayRead).toList();
	}

	/** Entries and all their readable descendants. */
	static Set<String> withDescendants(Set<String> slugs) {
		Set<String> all = new LinkedHashSet<>(slugs);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (EntryData e : publicEntries()) {
				if (e.parent() != null && all.contains(e.parent()) && all.add(e.slug())) {
					grew = true;
				}
			}
		}
		return all;
	}

	/** A phase and a category whose public entries overlap, but neither holds the other. */
	record PhaseAndCategory(Phase phase, String category, Set<String> matching) {
	}

	static PhaseAndCategory overlapping() {
		for (Phase phase : Phase.values()) {
			for (var category : STARTER.categories()) {
				Set<String> inPhase = publicEntries().stream()
					.filter(e -> e.phases().contains(phase))
					.map(EntryData::slug)
					.collect(Collectors.toSet());
				Set<String> inCategory = publicEntries().stream()
					.filter(e -> e.category().equals(category.slug()))
					.map(EntryData::slug)
					.collect(Collectors.toSet());
				Set<String> both = new HashSet<>(inPhase);
				both.retainAll(inCategory);
				if (!both.isEmpty() && both.size() < inCategory.size() && both.size() < inPhase.size()
						&& both.size() <= 6) {
					return new PhaseAndCategory(phase, category.slug(), both);
				}
			}
		}
		throw new AssertionError("the starter guide has no partly overlapping phase and category");
	}

	/** A public top-level entry with public sub-entries, outside {@code category}. */
	static EntryData parentOutside(String category) {
		return publicEntries().stream()
			.filter(e -> e.parent() == null && !e.category().equals(category))
			.filter(e -> publicEntries().stream().anyMatch(c -> e.slug().equals(c.parent())))
			.findFirst()
			.orElseThrow();
	}

	static EntryData staffEntry() {
		return STARTER.entries()
			.stream()
			.filter(e -> e.visibility() == Visibility.STAFF && publicCategory(e.category()) && e.parent() == null)
			.findFirst()
			.orElseThrow();
	}

	static String title(String slug) {
		return BY_SLUG.get(slug).texts().get(Language.EN).title();
	}

	/** The chosen public entries' resources that have files, and are public. */
	static List<ResourceData> publicResourcesOf(Set<String> slugs) {
		return STARTER.resources()
			.stream()
			.filter(r -> r.visibility() == Visibility.PUBLIC && !r.files().isEmpty())
			.filter(r -> r.entries().stream().anyMatch(slugs::contains))
			.toList();
	}

	// ---- tests ----

	@Test
	void thePageListsWhatTheViewerMayReadAndWorksWithoutScript() throws Exception {
		EntryData secret = staffEntry();
		Document anonymous = Jsoup.parse(fetch("/en/packs", null).getContentAsString());
		assertThat(anonymous.select("form[method=get][action=/en/pack]")).hasSize(1);
		assertThat(anonymous.select("fieldset > legend").eachText()).contains("Life-cycle phases", "Categories",
				"Entries picked by hand", "Format");
		assertThat(anonymous.select("input[name=phase]").eachAttr("value")).containsExactly("set-up", "running",
				"phase-out");
		Set<String> entryValues = new HashSet<>(anonymous.select("input[name=entry]").eachAttr("value"));
		assertThat(entryValues).isEqualTo(publicEntries().stream().map(EntryData::slug).collect(Collectors.toSet()));
		assertThat(entryValues).doesNotContain(secret.slug());
		assertThat(anonymous.text()).doesNotContain(title(secret.slug()));
		Set<String> usedTypologies = publicEntries().stream()
			.flatMap(e -> e.typologies().stream())
			.collect(Collectors.toSet());
		assertThat(new HashSet<>(anonymous.select("input[name=typology]").eachAttr("value"))).isEqualTo(usedTypologies);
		for (var input : anonymous.select("input[type=checkbox], input[type=radio]")) {
			assertThat(anonymous.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
		}
		assertThat(anonymous.select("script:not([src])")).isEmpty();

		MockHttpSession staff = SignIn.as(mvc, "staff");
		Document forStaff = Jsoup.parse(fetch("/en/packs", staff).getContentAsString());
		assertThat(forStaff.select("input[name=entry]").eachAttr("value")).contains(secret.slug());
		assertThat(forStaff.select("label[for=entry-" + secret.slug() + "]").text()).isEqualTo(title(secret.slug()));

		Document arabic = Jsoup.parse(fetch("/ar/packs", null).getContentAsString());
		assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
		assertThat(arabic.select("h1").text()).isEqualTo("إعداد حزمة ميدانية");
		assertThat(Jsoup.parse(fetch("/en/", null).getContentAsString()).select("a[href=/en/packs]")).hasSize(1);
	}

	@Test
	void theFormLeadsToOneCanonicalAddressWhateverTheOrder() throws Exception {
		PhaseAndCategory pc = overlapping();
		EntryData extra = parentOutside(pc.category());
		String one = "/en/pack?entry=" + extra.slug() + "&category=" + pc.category() + "&phase=" + pc.phase().slug()
				+ "&entry=" + extra.slug() + "&format=zip";
		String two = "/en/pack?format=zip&phase=" + pc.phase().slug() + "&entry=" + extra.slug() + "&category="
				+ pc.category() + "&phase=" + pc.phase().slug();
		String canonical = "/en/pack.zip?phase=" + pc.phase().slug() + "&category=" + pc.category() + "&entry="
				+ extra.slug();
		for (String path : List.of(one, two)) {
			MockHttpServletResponse response = fetch(path, null);
			assertThat(response.getStatus()).as(path).isEqualTo(303);
			assertThat(response.getHeader("Location")).as(path).isEqualTo(canonical);
		}
		assertThat(fetch("/fr/pack?entry=b-not-real&entry=" + extra.slug(), null).getStatus()).isEqualTo(400);
		assertThat(fetch("/fr/pack?entry=" + extra.slug(), null).getHeader("Location"))
			.isEqualTo("/fr/pack.pdf?entry=" + extra.slug());
	}

	@Test
	void aPackHoldsTheIntersectionOfKindsThePickedEntriesAndTheirSubEntries() {
		PhaseAndCategory pc = overlapping();
		EntryData extra = parentOutside(pc.category());
		PackChoice choice = PackChoice.of(Map.of("phase", new String[] { pc.phase().slug() }, "category",
				new String[] { pc.category() }, "entry", new String[] { extra.slug() }), Set.of());
		Set<String> expected = withDescendants(pc.matching());
		expected.addAll(withDescendants(Set.of(extra.slug())));
		assertThat(expected).hasSizeGreaterThan(pc.matching().size() + 1);
		List<PackEntry> got = choice.resolve(guide.packEntries(Language.EN, Viewer.anonymous()));
		assertThat(got.stream().map(PackEntry::slug).collect(Collectors.toSet())).isEqualTo(expected);

		// the phase alone is wider than the intersection; the category alone too
		PackChoice phaseOnly = PackChoice.of(Map.of("phase", new String[] { pc.phase().slug() }), Set.of());
		assertThat(phaseOnly.resolve(guide.packEntries(Language.EN, Viewer.anonymous())))
			.hasSizeGreaterThan(pc.matching().size());
	}

	@Test
	void thePdfPackHoldsExactlyTheChosenEntriesAndTheirResources() throws Exception {
		PhaseAndCategory pc = overlapping();
		EntryData extra = parentOutside(pc.category());
		Set<String> expected = withDescendants(pc.matching());
		expected.addAll(withDescendants(Set.of(extra.slug())));
		String path = "/en/pack.pdf?phase=" + pc.phase().slug() + "&category=" + pc.category() + "&entry="
				+ extra.slug();
		long started = System.nanoTime();
		MockHttpServletResponse response = fetch(path, null);
		System.out.printf("FIELD PACK PDF en: %d entries, %d bytes, %d ms%n", expected.size(),
				response.getContentAsByteArray().length, (System.nanoTime() - started) / 1_000_000);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		long builds = pdfCache.builds();
		MockHttpServletResponse reordered = fetch("/en/pack.pdf?entry=" + extra.slug() + "&phase=" + pc.phase().slug()
				+ "&category=" + pc.category() + "&phase=" + pc.phase().slug(), null);
		assertThat(reordered.getHeader("ETag")).isEqualTo(response.getHeader("ETag"));
		assertThat(pdfCache.builds()).as("the same choice in another order is the same cached PDF").isEqualTo(builds);
		String text = PdfDeliveryTest.flat(PdfDeliveryTest.text(response.getContentAsByteArray()));
		String cover;
		String contents;
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
			cover = PdfDeliveryTest.flat(PdfDeliveryTest.text(pdf, 1, 1));
			contents = PdfDeliveryTest.flat(PdfDeliveryTest.text(pdf, 2, 2));
		}
		assertThat(cover).contains("Field pack · Set-up".replace("Set-up", phaseName(pc.phase())), "Made on",
				"What changed since this pack");
		assertThat(cover).containsPattern("http://localhost/en/changes\\?since=\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		for (String slug : expected) {
			assertThat(contents).as("contents hold " + slug).contains(PdfDeliveryTest.flat(title(slug)));
		}
		for (EntryData other : publicEntries()) {
			String t = PdfDeliveryTest.flat(title(other.slug()));
			if (!expected.contains(other.slug()) && expected.stream().noneMatch(s -> title(s).contains(t))) {
				assertThat(contents).as("contents leave out " + other.slug()).doesNotContain(t);
			}
		}
		List<ResourceData> resources = publicResourcesOf(expected);
		assertThat(resources).isNotEmpty();
		for (ResourceData r : resources) {
			assertThat(text).as("resource " + r.slug()).contains("http://localhost/files/" + r.slug() + "/");
		}
		for (String secret : PdfDeliveryTest.staffSecrets()) {
			assertThat(text).doesNotContain(secret);
		}

		MockHttpServletResponse arabic = fetch("/ar/pack.pdf?category=" + pc.category(), null);
		assertThat(arabic.getStatus()).isEqualTo(200);
		assertThat(PdfDeliveryTest.text(arabic.getContentAsByteArray())).contains("changes?since=");

		String etag = response.getHeader("ETag");
		assertThat(mvc.perform(get(path).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
			.isEqualTo(304);
	}

	@Test
	void aStaffEntryIsUnknownToAnonymousReadersAndInTheStaffPdf() throws Exception {
		EntryData secret = staffEntry();
		String path = "/en/pack.pdf?entry=" + secret.slug();
		MockHttpServletResponse anonymous = fetch(path, null);
		assertThat(anonymous.getStatus()).isEqualTo(400);
		assertThat(anonymous.getContentType()).startsWith("text/html");
		assertThat(anonymous.getContentAsString()).contains("not in the guide, or not open to you")
			.doesNotContain(title(secret.slug()));
		assertThat(fetch("/en/pack?entry=" + secret.slug(), null).getStatus()).isEqualTo(400);

		MockHttpSession staff = SignIn.as(mvc, "staff");
		MockHttpServletResponse forStaff = fetch(path, staff);
		assertThat(forStaff.getStatus()).isEqualTo(200);
		assertThat(PdfDeliveryTest.flat(PdfDeliveryTest.text(forStaff.getContentAsByteArray())))
			.contains(PdfDeliveryTest.flat(title(secret.slug())));
		// a ZIP is always the public guide, even for staff
		assertThat(fetch("/en/pack.zip?entry=" + secret.slug(), staff).getStatus()).isEqualTo(400);
	}

	@Test
	void theZipPackIsAStaticSiteOfTheChosenEntriesAndTheirFiles() throws Exception {
		PhaseAndCategory pc = overlapping();
		EntryData extra = parentOutside(pc.category());
		Set<String> expected = withDescendants(pc.matching());
		expected.addAll(withDescendants(Set.of(extra.slug())));
		String path = "/en/pack.zip?phase=" + pc.phase().slug() + "&category=" + pc.category() + "&entry="
				+ extra.slug();
		MockHttpSession staff = SignIn.as(mvc, "staff");
		long started = System.nanoTime();
		MockHttpServletResponse response = fetch(path, staff);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader("Content-Disposition"))
			.matches("attachment; filename=\"fieldguide-pack-en-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
		assertThat(response.getHeader("ETag")).matches("\"[0-9a-f]{32}\"");
		byte[] bytes = response.getContentAsByteArray();
		System.out.printf("FIELD PACK en: %d entries, %d bytes, first request (build) %d ms%n", expected.size(),
				bytes.length, millis);
		OfflineZip zip = OfflineZip.of(bytes);
		assertThat(zip.root()).matches("fieldguide-pack-en-\\d{4}-\\d{2}-\\d{2}/");
		assertThat(zip.brokenLinks()).isEmpty();
		Set<String> entryFiles = zip.files()
			.keySet()
			.stream()
			.filter(f -> f.matches("toolkit/[^/]+/[^/]+\\.html"))
			.collect(Collectors.toSet());
		Set<String> expectedFiles = expected.stream()
			.map(s -> "toolkit/" + BY_SLUG.get(s).category() + "/" + s + ".html")
			.collect(Collectors.toSet());
		assertThat(entryFiles).isEqualTo(expectedFiles);
		assertThat(zip.files()).containsKeys("index.html", "about.html", "search.html",
				"toolkit/" + pc.category() + ".html", "toolkit/" + extra.category() + ".html");
		for (ResourceData r : publicResourcesOf(expected)) {
			assertThat(zip.files().keySet()).as("files of " + r.slug()).anyMatch(f -> f.startsWith("files/" + r.slug() + "/"));
		}
		for (String file : zip.htmlFiles()) {
			assertThat(zip.page(file).select(".offline-note a").attr("href")).as(file)
				.matches("http://localhost/en.*\\?since=\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		}
		String all = zip.allText();
		for (String secret : PdfDeliveryTest.staffSecrets()) {
			assertThat(all).doesNotContain(secret);
		}

		int builds = packs.builds();
		MockHttpServletResponse again = mvc.perform(get(path).header("If-None-Match", response.getHeader("ETag")))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(packs.builds()).as("kept, not built again").isEqualTo(builds);
	}

	@Test
	void badChoicesGetThePageAgainWithTheReasonNever500() throws Exception {
		PhaseAndCategory pc = overlapping();
		String huge = "a".repeat(10 * 1024);
		Map<String, String> cases = new java.util.LinkedHashMap<>();
		cases.put("/en/pack", "Choose at least one");
		cases.put("/en/pack.pdf", "Choose at least one");
		cases.put("/en/pack.zip", "Choose at least one");
		cases.put("/en/pack?format=zip", "Choose at least one");
		cases.put("/en/pack.pdf?phase=no-such-phase", "not in the guide");
		cases.put("/en/pack.pdf?typology=castle", "not in the guide");
		cases.put("/en/pack.zip?category=no-such-category", "not in the guide");
		cases.put("/en/pack.pdf?entry=no-such-entry", "not in the guide");
		cases.put("/en/pack?entry=" + huge, "not in the guide");
		cases.put("/en/pack.pdf?phase=" + pc.phase().slug() + "&page=-1", "not in the guide");
		cases.put("/en/pack.pdf?phase=-1", "not in the guide");
		cases.put("/en/pack.pdf?phase=Set-Up", "not in the guide");
		cases.put("/en/pack.zip?entry=%00", "not in the guide");
		for (var c : cases.entrySet()) {
			MockHttpServletResponse response = fetch(c.getKey(), null);
			assertThat(response.getStatus()).as(c.getKey()).isEqualTo(400);
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.select("#pack-error[role=alert]").text()).as(c.getKey()).contains(c.getValue());
			assertThat(page.select("form[action=/en/pack]")).as(c.getKey()).hasSize(1);
		}
		// a choice that matches nothing (the starter guide has an entry for every phase, typology and category
		// together, so this is shown on two made-up entries)
		List<PackEntry> two = List.of(
				new PackEntry("a", "one", null, 0, "A", Language.EN, Set.of(Phase.SET_UP), Set.of("shelter")),
				new PackEntry("b", "two", null, 0, "B", Language.EN, Set.of(Phase.RUNNING), Set.of("shelter")));
		PackChoice none = PackChoice.of(Map.of("phase", new String[] { "set-up" }, "category", new String[] { "two" }),
				Set.of());
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(PackChoice.Rejected.class,
				() -> none.resolve(two)).problem).isEqualTo(PackChoice.Problem.NO_MATCH);
		assertThat(new Messages().en("pack.error.noMatch")).contains("No entry matches");
		// the reader's choices stay ticked
		Document ticked = Jsoup.parse(fetch("/en/pack?phase=" + pc.phase().slug() + "&entry=no-such-entry&format=zip",
				null).getContentAsString());
		assertThat(ticked.select("input[name=phase][checked]").eachAttr("value")).containsExactly(pc.phase().slug());
		assertThat(ticked.select("input#format-zip[checked]")).hasSize(1);
		// translated
		assertThat(Jsoup.parse(fetch("/fr/pack", null).getContentAsString()).select("#pack-error").text())
			.contains("Choisissez au moins");
	}

	/** The English bundle, to check a message exists. */
	static final class Messages {

		String en(String key) throws java.io.IOException {
			var properties = new java.util.Properties();
			try (var in = FieldPackTest.class.getResourceAsStream("/messages/messages.properties")) {
				properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			return properties.getProperty(key);
		}

	}

	static String phaseName(Phase phase) {
		return switch (phase) {
			case SET_UP -> "Set-up";
			case RUNNING -> "Running";
			case PHASE_OUT -> "Phase-out";
		};
	}

	MockHttpServletResponse fetch(String path, MockHttpSession session) throws Exception {
		var request = get(java.net.URI.create(path.replace("%00", "%2500").replace(" ", "%20")));
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		if ("application/pdf".equals(response.getContentType())) {
			// kept for a look: target/pdf-samples/pack-en.pdf
			Files.createDirectories(Path.of("target/pdf-samples"));
			Files.write(Path.of("target/pdf-samples/pack-" + path.substring(1, 3) + ".pdf"), response.getContentAsByteArray());
		}
		return response;
	}

}
