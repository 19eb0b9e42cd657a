package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fieldguide.FieldguideTest;
import org.fieldguide.access.Visibility;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An anonymous visitor who follows every link of the public reader, in every language, and downloads
 * every file, never meets a staff entry or resource: not its address, title, summary or file.
 */
@FieldguideTest
class NoStaffLeakTest {

	private static final GuideSnapshot STARTER = PackageReader.read(PackageSource.classpath(StarterGuideLoader.LOCATION),
			Set.of());

	@Autowired
	MockMvc mvc;

	@Test
	void crawlingThePublicReaderFindsNoStaffContent() throws Exception {
		List<String> secrets = secrets();
		assertThat(secrets).isNotEmpty();
		Set<String> seen = new HashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		for (Language language : Language.values()) {
			queue.add("/" + language.code() + "/");
		}
		int pages = 0;
		int files = 0;
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (!seen.add(path)) {
				continue;
			}
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			if (path.startsWith("/files/")) {
				files++;
				String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
				for (String secret : secrets) {
					assertThat(body).as(path).doesNotContain(secret);
				}
				continue;
			}
			pages++;
			response.setCharacterEncoding("UTF-8");
			String html = response.getContentAsString();
			for (String secret : secrets) {
				assertThat(html).as(path).doesNotContain(secret);
			}
			Document document = Jsoup.parse(html);
			for (Element link : document.select("a[href^=/]")) {
				String href = link.attr("href").replaceAll("#.*$", "");
				if (!href.isEmpty() && !seen.contains(href)) {
					queue.add(href);
				}
			}
		}
		assertThat(pages).isGreaterThan(150);
		assertThat(files).isGreaterThan(50);
	}

	@Test
	void searchingForStaffTitlesFindsNothingRestricted() throws Exception {
		List<String> secrets = secrets();
		for (EntryData entry : STARTER.entries()) {
			if (entry.visibility() == Visibility.STAFF) {
				for (var text : entry.texts().entrySet()) {
					MockHttpServletResponse response = mvc
						.perform(get("/" + text.getKey().code() + "/search").param("q", text.getValue().title()))
						.andReturn()
						.getResponse();
					response.setCharacterEncoding("UTF-8");
					assertThat(response.getStatus()).isEqualTo(200);
					String results = Jsoup.parse(response.getContentAsString()).select("main .entry-list").html();
					for (String secret : secrets) {
						assertThat(results).doesNotContain(secret);
					}
				}
			}
		}
	}

	@Test
	void staffAddressesAnswerNotFound() throws Exception {
		for (EntryData entry : STARTER.entries()) {
			if (entry.visibility() == Visibility.STAFF) {
				for (Language language : Language.values()) {
					assertThat(status("/" + language.code() + "/toolkit/" + entry.category() + "/" + entry.slug())).isEqualTo(404);
				}
			}
		}
		for (ResourceData resource : STARTER.resources()) {
			if (resource.visibility() == Visibility.STAFF) {
				for (var file : resource.files().entrySet()) {
					assertThat(status("/files/" + resource.slug() + "/" + file.getKey().code() + "/" + file.getValue().fileName()))
						.isEqualTo(404);
				}
			}
		}
	}

	private int status(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

	/** Strings that only staff content contains: slugs, titles and summaries of staff entries and resources. */
	private static List<String> secrets() {
		List<String> secrets = new ArrayList<>();
		for (EntryData entry : STARTER.entries()) {
			if (entry.visibility() == Visibility.STAFF) {
				secrets.add("/" + entry.slug());
				entry.texts().values().forEach(t -> {
					secrets.add(t.title());
					secrets.add(t.summary());
				});
			}
		}
		for (ResourceData resource : STARTER.resources()) {
			if (resource.visibility() == Visibility.STAFF) {
				secrets.add("/files/" + resource.slug() + "/");
				resource.texts().values().forEach(t -> secrets.add(t.title()));
				resource.files().values().forEach(f -> secrets.add(f.fileName()));
			}
		}
		return secrets;
	}

}
