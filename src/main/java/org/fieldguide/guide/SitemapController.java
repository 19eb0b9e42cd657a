package org.fieldguide.guide;

import java.util.List;

import org.fieldguide.access.CurrentViewer;
import org.fieldguide.platform.Language;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml} and {@code /robots.txt} for search engines: every reader page the viewer may read
 * (for a crawler, the public guide), in each language it exists in, with {@code hreflang} alternates.
 */
@Controller
class SitemapController {

	private final GuideReader guide;

	private final CurrentViewer viewer;

	SitemapController(GuideReader guide, CurrentViewer viewer) {
		this.guide = guide;
		this.viewer = viewer;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		List<GuideReader.SitemapPage> pages = guide.sitemap(viewer.get());
		StringBuilder xml = new StringBuilder(64 * 1024);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
			.append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
		for (GuideReader.SitemapPage page : pages) {
			for (Language language : page.languages()) {
				xml.append("<url><loc>").append(escape(base + "/" + language.code() + page.path())).append("</loc>");
				if (page.languages().size() > 1) {
					for (Language alternate : page.languages()) {
						xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
							.append(alternate.code())
							.append("\" href=\"")
							.append(escape(base + "/" + alternate.code() + page.path()))
							.append("\"/>");
					}
				}
				xml.append("</url>\n");
			}
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String text = """
				User-agent: *
				Disallow: /login
				Disallow: /*/login
				Disallow: /*/account
				Disallow: /*/admin/
				Disallow: /oauth2/
				Sitemap: %s/sitemap.xml
				""".formatted(base);
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(text);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
