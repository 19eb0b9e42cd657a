package org.fieldguide.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.guide.GuideReader.SitemapPage;
import org.fieldguide.guide.GuideViews.EntryPage;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes one offline copy as a ZIP: the reader pages of a selection as an anonymous visitor is served
 * them (read back over loopback, so the same controllers, templates and visibility policy make them),
 * rewritten into a static site, with stylesheets, icons, the resource files they link to and a small
 * search. The page list comes from the guide's sitemap for an anonymous viewer; search texts from
 * {@link GuideReader} for the same anonymous viewer.
 */
@Component
class OfflineCopyBuilder {

	private static final Logger log = LoggerFactory.getLogger(OfflineCopyBuilder.class);

	private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?(/assets/[^'\")\\s]+)['\"]?\\s*\\)");

	private final GuideReader guide;

	private final LoopbackClient loopback;

	private final MessageSource messages;

	OfflineCopyBuilder(GuideReader guide, LoopbackClient loopback, MessageSource messages) {
		this.guide = guide;
		this.loopback = loopback;
		this.messages = messages;
	}

	/** The folder every file of the copy sits in, so that unpacking it makes one folder. */
	static String root(OfflineSelection selection, LocalDate date) {
		String kind = selection.name().startsWith("pack") ? "pack-" : "";
		return "fieldguide-" + kind + selection.language().code() + "-" + date + "/";
	}

	void build(OfflineSelection selection, String onlineBase, LocalDate date, OutputStream out) throws IOException {
		Language language = selection.language();
		String prefix = "/" + language.code();
		List<String> paths = guide.sitemap(Viewer.anonymous())
			.stream()
			.map(SitemapPage::path)
			.filter(selection::includes)
			.toList();
		Map<String, String> pageFiles = new LinkedHashMap<>();
		paths.forEach(p -> pageFiles.put(p, StaticPages.fileOf(p)));
		pageFiles.put("/search", "search.html");
		CopyTexts texts = CopyTexts.of(messages, language, date);
		StaticPages site = new StaticPages(language.code(), pageFiles, onlineBase, loopback.origin(), texts,
				java.time.Instant.now());
		String root = root(selection, date);
		long started = System.nanoTime();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (String path : paths) {
				String html = loopback.getText(prefix + (path.equals("/") ? "/" : path));
				if (html == null) {
					log.warn("Offline copy {}: {} could not be read; links to it will not work", language.code(), path);
					continue;
				}
				put(zip, root + pageFiles.get(path), site.rewrite(html, path, pageFiles.get(path)).outerHtml());
			}
			long pagesDone = System.nanoTime();
			List<OfflineSearch.Searchable> searchable = searchable(paths, language);
			Document shell = site.rewrite(loopback.getText(prefix + "/about"), "/search", "search.html");
			put(zip, root + "search.html", OfflineSearch.page(shell, texts, searchable).outerHtml());
			put(zip, root + CopyTexts.SEARCH_INDEX, OfflineSearch.indexScript(searchable));
			put(zip, root + CopyTexts.CSS, classpath("static/css/offline.css"));
			put(zip, root + CopyTexts.SEARCH_SCRIPT, classpath("static/js/offline-search.js"));
			long searchDone = System.nanoTime();
			copyAssets(zip, root, site.assets);
			for (String file : site.files) {
				byte[] bytes = loopback.get(file);
				if (bytes == null) {
					log.warn("Offline copy {}: file {} could not be read", language.code(), file);
					continue;
				}
				put(zip, root + StaticPages.zipName(file), bytes);
			}
			log.info("Offline copy {}: {} pages in {} ms, search in {} ms, {} assets and {} files in {} ms", language.code(),
					paths.size(), (pagesDone - started) / 1_000_000, (searchDone - pagesDone) / 1_000_000,
					site.assets.size(), site.files.size(), (System.nanoTime() - searchDone) / 1_000_000);
		}
	}

	/** The entries of the copy with their texts for the search, as an anonymous reader may read them. */
	private List<OfflineSearch.Searchable> searchable(List<String> paths, Language language) {
		List<OfflineSearch.Searchable> entries = new ArrayList<>();
		for (String path : paths) {
			String[] parts = path.split("/");
			if (parts.length != 4 || !parts[1].equals("toolkit")) {
				continue;
			}
			EntryPage page = guide.entry(parts[2], parts[3], language, Viewer.anonymous());
			entries.add(new OfflineSearch.Searchable(StaticPages.fileOf(path), page.title(), page.summary(),
					page.category().title(), page.keyPoints(), Jsoup.parse(page.bodyHtml()).text(),
					page.fallback() ? page.textLanguage() : null));
		}
		return entries;
	}

	/** Stylesheets, scripts and icons, with what a stylesheet refers to under {@code /assets/}. */
	private void copyAssets(ZipOutputStream zip, String root, Set<String> first) throws IOException {
		Deque<String> queue = new ArrayDeque<>(first);
		Set<String> done = new HashSet<>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (!done.add(path)) {
				continue;
			}
			byte[] bytes = loopback.get(path);
			if (bytes == null) {
				log.warn("Offline copy: asset {} could not be read", path);
				continue;
			}
			String file = path.substring(1);
			if (path.endsWith(".css")) {
				Matcher m = CSS_URL.matcher(new String(bytes, StandardCharsets.UTF_8));
				StringBuilder css = new StringBuilder();
				while (m.find()) {
					queue.add(m.group(1));
					String relative = StaticPages.relative(file, m.group(1).substring(1));
					m.appendReplacement(css, Matcher.quoteReplacement("url(\"" + relative + "\")"));
				}
				m.appendTail(css);
				bytes = css.toString().getBytes(StandardCharsets.UTF_8);
			}
			put(zip, root + file, bytes);
		}
	}

	private static byte[] classpath(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static void put(ZipOutputStream zip, String name, String text) throws IOException {
		put(zip, name, text.getBytes(StandardCharsets.UTF_8));
	}

	private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

}
