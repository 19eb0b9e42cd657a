package org.fieldguide.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.decoder.Decoder;
import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.content.StarterGuide;
import org.fieldguide.guide.GuideChanged;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.access.Visibility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTTP caching per kind of response: prepared public pages with strong ETags, 304s and compressed
 * forms; private pages for signed-in readers; fingerprinted static assets; files with ranges. And the
 * rule that matters most: a page kept for anonymous readers is never what a signed-in reader gets, nor
 * the other way round, and a content change drops every kept page.
 */
@FieldguideTest
class HttpCachingTest {

	private static final GuideSnapshot STARTER = StarterGuide.snapshot();

	private static final String ENTRY = "/en/toolkit/administration/human-resources";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anonymousPagesAreKeptPreparedWithStrongEtagsAndCompressedForms() throws Exception {
		changeContent();
		MockHttpServletResponse first = perform(get(ENTRY));
		MockHttpServletResponse second = perform(get(ENTRY));
		assertThat(first.getHeader(PageCache.STATUS_HEADER)).isEqualTo("miss");
		assertThat(second.getHeader(PageCache.STATUS_HEADER)).isEqualTo("hit");
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getContentType()).isEqualTo(first.getContentType()).startsWith("text/html");
		assertThat(second.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"))
			.contains("default-src 'self'");
		assertThat(second.getHeader("Vary")).contains("Cookie").contains("Accept-Encoding");
		String etag = second.getHeader("ETag");
		assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
		assertThat(second.getHeader("Last-Modified")).isNotBlank();

		MockHttpServletResponse gzip = perform(get(ENTRY).header("Accept-Encoding", "gzip, deflate"));
		assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzip.getHeader("ETag")).isEqualTo(etag.replace("\"", "").transform(e -> "\"" + e + "-gzip\""));
		assertThat(gunzip(gzip.getContentAsByteArray())).isEqualTo(first.getContentAsString());
		assertThat(gzip.getContentAsByteArray().length).isLessThan(first.getContentAsByteArray().length / 2);
		if (Compression.BROTLI) {
			MockHttpServletResponse br = perform(get(ENTRY).header("Accept-Encoding", "gzip, br"));
			assertThat(br.getHeader("Content-Encoding")).isEqualTo("br");
			assertThat(new String(Decoder.decompress(br.getContentAsByteArray()).getDecompressedData(),
					StandardCharsets.UTF_8)).isEqualTo(first.getContentAsString());
		}
		assertThat(perform(get(ENTRY).header("Accept-Encoding", "gzip;q=0, identity")).getHeader("Content-Encoding"))
			.isNull();

		for (String validator : new String[] { etag, gzip.getHeader("ETag"), "W/" + etag, "\"other\", " + etag }) {
			MockHttpServletResponse notModified = perform(get(ENTRY).header("If-None-Match", validator));
			assertThat(notModified.getStatus()).as(validator).isEqualTo(304);
			assertThat(notModified.getContentAsByteArray()).isEmpty();
			assertThat(notModified.getHeader("ETag")).isEqualTo(etag);
		}
		assertThat(perform(get(ENTRY).header("If-None-Match", "\"other\"")).getStatus()).isEqualTo(200);
		assertThat(perform(get(ENTRY).header("If-Modified-Since", second.getHeader("Last-Modified"))).getStatus())
			.isEqualTo(304);

		MockHttpServletResponse headOnly = perform(head(ENTRY));
		assertThat(headOnly.getStatus()).isEqualTo(200);
		assertThat(headOnly.getHeader(PageCache.STATUS_HEADER)).isEqualTo("hit");
		assertThat(headOnly.getContentAsByteArray()).isEmpty();
		assertThat(headOnly.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
	}

	@Test
	void aContentChangeDropsEveryKeptPage() throws Exception {
		perform(get("/fr/"));
		assertThat(perform(get("/fr/")).getHeader(PageCache.STATUS_HEADER)).isEqualTo("hit");
		changeContent();
		assertThat(perform(get("/fr/")).getHeader(PageCache.STATUS_HEADER)).isEqualTo("miss");
		assertThat(perform(get("/fr/")).getHeader(PageCache.STATUS_HEADER)).isEqualTo("hit");
	}

	@Test
	void signedInReadersNeverGetTheKeptAnonymousPageAndTheirPagesAreNeverKept() throws Exception {
		EntryData staffEntry = STARTER.entries().stream().filter(e -> e.visibility() == Visibility.STAFF).findFirst()
			.orElseThrow();
		String category = "/en/toolkit/" + staffEntry.category();
		String staffTitle = staffEntry.texts().get(org.fieldguide.platform.Language.EN).title();
		perform(get(category));
		MockHttpServletResponse anonymous = perform(get(category));
		assertThat(anonymous.getHeader(PageCache.STATUS_HEADER)).isEqualTo("hit");
		assertThat(readableLinks(anonymous, staffEntry)).isEmpty();

		MockHttpSession staff = SignIn.as(mvc, "staff");
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse signedIn = perform(get(category), staff);
			assertThat(signedIn.getHeader(PageCache.STATUS_HEADER)).isNull();
			assertThat(signedIn.getHeader("Cache-Control")).isEqualTo("private, no-cache");
			assertThat(readableLinks(signedIn, staffEntry).text())
				.contains(staffTitle);
		}
		// and the anonymous copy is still the anonymous one
		assertThat(readableLinks(perform(get(category)), staffEntry))
			.isEmpty();
		// pages that are never stored anywhere
		assertThat(perform(get("/en/login")).getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(perform(get("/en/login")).getHeader(PageCache.STATUS_HEADER)).isNull();
		assertThat(perform(get("/en/account"), staff).getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void errorsAndRedirectsAreNotKept() throws Exception {
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse missing = perform(get("/en/toolkit/administration/no-such-entry"));
			assertThat(missing.getStatus()).isEqualTo(404);
			assertThat(missing.getHeader(PageCache.STATUS_HEADER)).isNull();
			assertThat(perform(get("/en")).getStatus()).isEqualTo(302);
		}
	}

	@Test
	void fingerprintedAssetsAreImmutableForAYearAndPlainNamesShortLived() throws Exception {
		String html = perform(get("/en/")).getContentAsString();
		String css = Jsoup.parse(html).selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/assets/css/site-[0-9a-f]{32}\\.css");
		MockHttpServletResponse fingerprinted = perform(get(css));
		assertThat(fingerprinted.getStatus()).isEqualTo(200);
		assertThat(fingerprinted.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
		assertThat(perform(get("/assets/css/site.css")).getHeader("Cache-Control")).isEqualTo("public, max-age=3600");
	}

	@Test
	void filesHaveStrongEtagsAnswer304AndServeRanges() throws Exception {
		ResourceData resource = STARTER.resources().stream()
			.filter(r -> r.visibility() == Visibility.PUBLIC && !r.files().isEmpty())
			.findFirst()
			.orElseThrow();
		var file = resource.files().entrySet().iterator().next();
		String path = "/files/" + resource.slug() + "/" + file.getKey().code() + "/" + file.getValue().fileName();
		MockHttpServletResponse whole = perform(get(path));
		assertThat(whole.getStatus()).isEqualTo(200);
		assertThat(whole.getHeader("Accept-Ranges")).isEqualTo("bytes");
		String etag = whole.getHeader("ETag");
		assertThat(etag).matches("\"[0-9a-f-]{36}\"");
		assertThat(perform(get(path).header("If-None-Match", etag)).getStatus()).isEqualTo(304);

		MockHttpServletResponse range = perform(get(path).header("Range", "bytes=10-19"));
		assertThat(range.getStatus()).isEqualTo(206);
		assertThat(range.getHeader("Content-Range")).isEqualTo("bytes 10-19/" + whole.getContentAsByteArray().length);
		assertThat(range.getContentAsByteArray())
			.isEqualTo(java.util.Arrays.copyOfRange(whole.getContentAsByteArray(), 10, 20));
		assertThat(perform(get(path).header("Range", "bytes=999999999-")).getStatus()).isEqualTo(416);
	}

	/** Tiny pages: an entry page's first visit (HTML, CSS, scripts, compressed) and a later one. */
	@Test
	void entryPagesStayTiny() throws Exception {
		String largest = null;
		int largestSize = 0;
		for (EntryData entry : STARTER.entries()) {
			if (entry.visibility() != Visibility.PUBLIC) {
				continue;
			}
			String path = "/en/toolkit/" + entry.category() + "/" + entry.slug();
			int size = perform(get(path)).getContentAsByteArray().length;
			if (size > largestSize) {
				largest = path;
				largestSize = size;
			}
		}
		MockHttpServletResponse page = perform(get(largest).header("Accept-Encoding", "gzip"));
		assertThat(page.getHeader("Content-Encoding")).isEqualTo("gzip");
		int html = page.getContentAsByteArray().length;
		int assets = 0;
		for (var link : Jsoup.parse(gunzip(page.getContentAsByteArray())).select("link[rel=stylesheet], script[src]")) {
			String href = link.hasAttr("src") ? link.attr("src") : link.attr("href");
			assets += Compression.gzip(perform(get(href)).getContentAsByteArray()).length;
		}
		assertThat(html + assets).as("first visit to " + largest + " (HTML " + html + " B)").isLessThan(30 * 1024);
		assertThat(html).as("later visit to " + largest).isLessThan(10 * 1024);
		assertThat(page.getContentAsByteArray().length).isPositive();
	}

	/** Links to an entry outside the locked "for staff, sign in to read" list. */
	private static org.jsoup.select.Elements readableLinks(MockHttpServletResponse page, EntryData entry)
			throws Exception {
		var document = Jsoup.parse(page.getContentAsString());
		document.select("section.locked").remove();
		return document.select("main a[href$=/" + entry.slug() + "]");
	}

	private void changeContent() {
		transactions.executeWithoutResult(status -> events.publishEvent(new GuideChanged("test")));
	}

	private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private MockHttpServletResponse perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			MockHttpSession session) throws Exception {
		return mvc.perform(request.session(session)).andReturn().getResponse();
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
