package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fieldguide.SignIn;
import org.fieldguide.UploadLimitTest;
import org.fieldguide.platform.FieldguideProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /editor/packages}: who may do what, and the check-then-apply import through the page. */
@UploadLimitTest
class PackagesPageTest {

	private static final Pattern APPLY = Pattern.compile("action=\"(/en/editor/packages/import/[0-9a-f]{32}/apply)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	FieldguideProperties properties;

	@LocalServerPort
	int port;

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String path : new String[] { "/en/editor/packages", "/en/editor/packages/export", "/editor/packages" }) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(path).contains("login");
		}
		assertThat(mvc.perform(multipart("/en/editor/packages/import").file(zipFile(new byte[] { 1 })).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl()).contains("login");
	}

	@Test
	void editorsExportButCannotImport() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		String page = mvc.perform(get("/en/editor/packages").session(editor)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Download the package").contains("Only publishers can import packages.")
			.doesNotContain("name=\"package\"");

		MockHttpServletResponse download = mvc.perform(get("/en/editor/packages/export?category=administration")
			.session(editor)).andReturn().getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/zip");
		assertThat(download.getHeader("Content-Disposition")).contains("fieldguide-administration-");
		Map<String, byte[]> files = PackageRoundTripTest.unzip(download.getContentAsByteArray());
		assertThat(files.keySet()).contains("package.yaml", "categories/administration/category.yaml");
		assertThat(files.keySet()).noneMatch(p -> p.startsWith("categories/centre-management/"));

		MockHttpServletResponse refused = mvc.perform(multipart("/en/editor/packages/import")
			.file(zipFile(PackageRoundTripTest.zip(files))).with(csrf()).session(editor)).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(pendingPackages()).isZero();
	}

	@Test
	void publishersCheckAPackageThenApplyIt() throws Exception {
		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		byte[] guide = mvc.perform(get("/en/editor/packages/export?category=administration").session(publisher))
			.andReturn().getResponse().getContentAsByteArray();
		Map<String, byte[]> files = PackageRoundTripTest.unzip(guide);
		// under this test's 1 MB upload limit: without the resources, which the import then leaves alone
		files.keySet().removeIf(p -> p.startsWith("resources/"));
		String path = "categories/administration/human-resources.en.md";
		files.put(path, (new String(files.get(path), StandardCharsets.UTF_8) + "\nChecked through the page.\n")
			.getBytes(StandardCharsets.UTF_8));

		String checked = mvc.perform(multipart("/en/editor/packages/import").file(zipFile(PackageRoundTripTest.zip(files)))
			.with(csrf()).session(publisher)).andReturn().getResponse().getContentAsString();
		assertThat(checked).contains("Nothing has been changed yet").contains("Changed: 1").contains("human-resources (en)")
			.contains("Only in the guide, left alone");
		assertThat(mvc.perform(get("/en/toolkit/administration/human-resources")).andReturn().getResponse()
			.getContentAsString()).doesNotContain("Checked through the page.");
		Matcher apply = APPLY.matcher(checked);
		assertThat(apply.find()).as("an Apply form").isTrue();
		assertThat(pendingPackages()).isEqualTo(1);

		MockHttpServletResponse applied = mvc.perform(post(apply.group(1)).with(csrf()).session(publisher)).andReturn()
			.getResponse();
		assertThat(applied.getStatus()).isEqualTo(200);
		assertThat(applied.getContentAsString()).contains("The import is done").contains("Changed: 1");
		assertThat(mvc.perform(get("/en/toolkit/administration/human-resources")).andReturn().getResponse()
			.getContentAsString()).contains("Checked through the page.");
		assertThat(pendingPackages()).isZero();

		MockHttpServletResponse again = mvc.perform(post(apply.group(1)).with(csrf()).session(publisher)).andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(400);
		assertThat(again.getContentAsString()).contains("has expired or has already been applied");
	}

	@Test
	void aBadPackageIsRefusedWithItsFirstProblemAndNothingIsKept() throws Exception {
		MockHttpSession publisher = SignIn.as(mvc, "publisher");
		MockHttpServletResponse response = mvc.perform(multipart("/en/editor/packages/import")
			.file(zipFile(PackageRoundTripTest.zip(Map.of("package.yaml", "format: 2\ntitle: T\nsource_language: en\n"
				.getBytes(StandardCharsets.UTF_8))))).with(csrf()).session(publisher)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("The package has a problem").contains("package.yaml:1")
			.contains("unsupported format 2");

		MockHttpServletResponse executable = mvc.perform(multipart("/en/editor/packages/import")
			.file(new MockMultipartFile("package", "guide.zip", "application/zip", new byte[] { 0x7f, 'E', 'L', 'F', 2, 1 }))
			.with(csrf()).session(publisher)).andReturn().getResponse();
		assertThat(executable.getStatus()).isEqualTo(400);
		assertThat(executable.getContentAsString()).contains("does not match its name ending .zip");
		assertThat(pendingPackages()).isZero();
	}

	@Test
	void aTooLargeUploadGetsA413PageOverRealHttp() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		String login = http.send(HttpRequest.newBuilder(URI.create(base + "/en/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String form = "username=publisher&password=" + SignIn.DEMO_PASSWORD + "&lang=en&_csrf=" + token(login);
		http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/en/editor/packages")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher action = Pattern.compile("action=\"(/en/editor/packages/import\\?_csrf=[^\"]+)\"").matcher(page);
		assertThat(action.find()).as("the import form").isTrue();

		String boundary = "fieldguide-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\"big.zip\"\r\n"
				+ "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 2 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + action.group(1).replace("&amp;", "&")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The file is too large").contains("The file is larger than the limit of 1 MB")
			.doesNotContain("Exception");
		assertThat(pendingPackages()).isZero();
	}

	private static String token(String page) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1);
	}

	private static MockMultipartFile zipFile(byte[] bytes) {
		return new MockMultipartFile("package", "guide.zip", "application/zip", bytes);
	}

	private long pendingPackages() throws IOException {
		Path dir = properties.dataDir().resolve("packages-pending");
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.count();
		}
	}

}
