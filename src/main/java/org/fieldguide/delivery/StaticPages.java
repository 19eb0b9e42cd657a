package org.fieldguide.delivery;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the rendered reader pages of one language into pages of a static site that works from
 * {@code file://}: links to pages in the copy become relative paths to their files (the page at
 * {@code /en/toolkit/a/b} is {@code toolkit/a/b.html}, home is {@code index.html}), stylesheets, icons and
 * resource files are collected to be copied in, and what the copy cannot offer (sign-in, other
 * languages, filters, pages left out) is removed or points at the online guide with an "online" marker.
 * Staff-only title lists are removed: a copy outlives any session.
 */
final class StaticPages {

	/**
	 * Parts of a page that only make sense online, including the web app's scripts, manifest and "keep
	 * offline" box (a service worker cannot run from {@code file://}); the copy adds its own search script.
	 */
	private static final String ONLINE_ONLY = "link[rel=alternate], link[rel=manifest], link[rel=apple-touch-icon], "
			+ "meta[name=theme-color], script[src], nav.languages, .account-links, section.locked, "
			+ "section.keep-offline, .offline-download, form.filters";

	private final String language;

	private final Map<String, String> pageFiles;

	private final String onlineBase;

	private final String loopbackOrigin;

	private final CopyTexts texts;

	final Set<String> assets = new LinkedHashSet<>();

	final Set<String> files = new LinkedHashSet<>();

	/** When the copy was made: its links online carry it, so the online page can say what changed since. */
	private final java.time.Instant madeAt;

	/**
	 * @param pageFiles the pages in the copy: address after the language → file in the copy
	 * @param onlineBase the guide's public address, without a trailing slash
	 */
	StaticPages(String language, Map<String, String> pageFiles, String onlineBase, String loopbackOrigin,
			CopyTexts texts, java.time.Instant madeAt) {
		this.madeAt = madeAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		this.language = language;
		this.pageFiles = pageFiles;
		this.onlineBase = onlineBase;
		this.loopbackOrigin = loopbackOrigin;
		this.texts = texts;
	}

	/** The file of a reader page in the copy: {@code /} is {@code index.html}, {@code /a/b} is {@code a/b.html}. */
	static String fileOf(String path) {
		return path.equals("/") ? "index.html" : path.substring(1) + ".html";
	}

	/** A relative link from one file of the copy to another. */
	static String relative(String fromFile, String toFile) {
		int depth = (int) fromFile.chars().filter(c -> c == '/').count();
		return "../".repeat(depth) + toFile;
	}

	/** A page of the copy from its rendered HTML, its address after the language and its file in the copy. */
	Document rewrite(String html, String path, String file) {
		Document document = Jsoup.parse(html);
		document.outputSettings().prettyPrint(false);
		document.select(ONLINE_ONLY).remove();
		for (Element element : document.select("[href], [src], form[action]")) {
			String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "action";
			String local = local(element.attr(attribute), path, file);
			if (local != null) {
				element.attr(attribute, local);
			}
		}
		document.head().appendElement("link").attr("rel", "stylesheet").attr("href", relative(file, CopyTexts.CSS));
		markOnlineLinks(document);
		Element main = document.selectFirst("main");
		if (main != null) {
			main.prependChild(banner(path));
		}
		return document;
	}

	/**
	 * "Offline copy of <date>" and a link to the same page online, carrying the moment the copy was made:
	 * an entry page then says whether it changed since, and the home page's link opens the list of what
	 * changed since.
	 */
	Element banner(String path) {
		Element note = new Element("p").addClass("offline-note").attr("role", "note");
		note.appendElement("span").text(texts.copyOf());
		note.appendText(" ");
		note.appendElement("a")
			.addClass("online-link")
			.attr("href", onlineBase + "/" + language + (path.equals("/") ? "/changes" : path) + "?since=" + madeAt)
			.text(texts.newerOnline());
		return note;
	}

	/**
	 * The address in the copy for a link of a page, or {@code null} when the link was changed or removed
	 * here because the copy does not hold its target.
	 */
	private String local(String href, String path, String file) {
		String value = href.startsWith(loopbackOrigin) ? href.substring(loopbackOrigin.length()) : href;
		if (value.isEmpty() || value.startsWith("#") || value.matches("(?i)^(https?:|mailto:|tel:|data:|//).*")) {
			return value.equals(href) ? null : value;
		}
		URI target;
		try {
			target = URI.create("http://copy/" + language + path).resolve(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		String fragment = target.getRawFragment() == null ? "" : "#" + target.getRawFragment();
		String targetPath = target.getRawPath();
		if (targetPath.startsWith("/assets/")) {
			assets.add(targetPath);
			return relative(file, targetPath.substring(1)) + fragment;
		}
		if (targetPath.startsWith("/files/") && target.getRawQuery() == null) {
			files.add(targetPath);
			return relative(file, targetPath.substring(1)) + fragment;
		}
		String prefix = "/" + language;
		if (target.getRawQuery() == null && (targetPath.equals(prefix) || targetPath.startsWith(prefix + "/"))) {
			String rest = targetPath.length() <= prefix.length() + 1 ? "/" : targetPath.substring(prefix.length());
			String page = pageFiles.get(rest);
			if (page != null) {
				return relative(file, page) + fragment;
			}
		}
		return online(targetPath + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()) + fragment);
	}

	private String online(String address) {
		return onlineBase + address;
	}

	/** Marks links that leave the copy, and drops forms and head links that cannot work offline. */
	private void markOnlineLinks(Document document) {
		for (Element element : document.select("[href], form[action]")) {
			String target = element.hasAttr("href") ? element.attr("href") : element.attr("action");
			if (!target.startsWith(onlineBase + "/") || element.hasClass("online-link")) {
				continue;
			}
			if (!element.tagName().equals("a")) {
				element.remove();
				continue;
			}
			element.addClass("online-link");
			element.appendText(" ").appendElement("span").addClass("online-marker").text(texts.onlineMarker());
		}
	}

	/** The entry name in the ZIP of a {@code /files/...} address: decoded, as the browser looks it up. */
	static String zipName(String path) {
		return URI.create("http://copy" + path).getPath().substring(1);
	}

}
