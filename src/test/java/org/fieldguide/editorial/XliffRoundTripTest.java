package org.fieldguide.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.fieldguide.FieldguideTest;
import org.fieldguide.SignIn;
import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.platform.Language;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XLIFF through the pages: export two entries, translate, import, publish, read; and every refusal
 * answers with a report and changes nothing.
 */
@FieldguideTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class XliffRoundTripTest {

	static final Viewer PUBLISHER = Viewer.signedIn(9202, "Paul", Set.of(Role.EDITOR, Role.PUBLISHER, Role.STAFF));

	@Autowired
	MockMvc mvc;

	@Autowired
	Revisions revisions;

	@Test
	void exportTranslateImportPublishRead() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		EntryData first = StarterEntries.publicInFrench().get(0);
		EntryData second = StarterEntries.publicInFrench().get(1);
		String xliff = export(editor, "fr", first.slug(), second.slug());
		Document doc = parse(xliff);
		assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
		assertThat(doc.getDocumentElement().getAttribute("trgLang")).isEqualTo("fr");
		assertThat(doc.getElementsByTagName("file").getLength()).isEqualTo(2);
		assertThat(unit(doc, first.slug(), "title").getElementsByTagName("source").item(0).getTextContent())
			.isEqualTo(first.texts().get(Language.EN).title());
		assertThat(unit(doc, first.slug(), "title").getElementsByTagName("target").item(0).getTextContent())
			.isEqualTo(first.texts().get(Language.FR).title());
		assertThat(unit(doc, first.slug(), "body-1")).isNotNull();

		target(doc, first.slug(), "title", "Titre traduit par XLIFF");
		target(doc, second.slug(), "body-1", "Un paragraphe **traduit** par XLIFF.");
		MockHttpServletResponse response = upload(editor, "fr", serialize(doc));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select(".import-report li")).hasSize(2);

		RevisionView one = revisions.latest(first.slug(), Language.FR, PUBLISHER).orElseThrow();
		RevisionView two = revisions.latest(second.slug(), Language.FR, PUBLISHER).orElseThrow();
		assertThat(one.status()).isEqualTo(RevisionStatus.DRAFT);
		assertThat(one.text().title()).isEqualTo("Titre traduit par XLIFF");
		assertThat(one.comment()).startsWith("XLIFF import");
		assertThat(two.text().bodyMarkdown()).startsWith("Un paragraphe **traduit** par XLIFF.");
		assertThat(two.text().title()).isEqualTo(second.texts().get(Language.FR).title());
		String reader = StarterEntries.path(first, Language.FR);
		assertThat(anonymous(reader)).doesNotContain("Titre traduit par XLIFF");

		revisions.submit(first.slug(), Language.FR, one.number(), PUBLISHER);
		revisions.publish(first.slug(), Language.FR, one.number(), null, PUBLISHER);
		revisions.submit(second.slug(), Language.FR, two.number(), PUBLISHER);
		revisions.publish(second.slug(), Language.FR, two.number(), null, PUBLISHER);
		assertThat(anonymous(reader)).contains("Titre traduit par XLIFF");
		assertThat(anonymous(StarterEntries.path(second, Language.FR))).contains("Un paragraphe <strong>traduit</strong> par XLIFF.");

		// the same file again: the translation moved on since that export
		assertThat(problems(upload(editor, "fr", serialize(doc)))).anyMatch(p -> p.contains("Someone saved this translation"));
	}

	@Test
	void everyBadFileIsRefusedWithAReportAndChangesNothing() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		EntryData entry = StarterEntries.publicInFrench().get(2);
		EntryData other = StarterEntries.publicInFrench().get(3);
		String good = export(editor, "fr", entry.slug(), other.slug());
		int before = revisions.latest(entry.slug(), Language.FR, PUBLISHER).orElseThrow().number();
		int otherBefore = revisions.latest(other.slug(), Language.FR, PUBLISHER).orElseThrow().number();
		Consumer<Document> translateOther = d -> target(d, other.slug(), "title", "Titre valide");

		refused(editor, "fr", good.substring(0, good.length() / 2), "not well-formed XML");
		String xxe = good.replaceFirst("\\?>", "?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
			.replaceFirst("<target xml:space=\"preserve\">", "<target xml:space=\"preserve\">&xxe;");
		String xxeReport = refused(editor, "fr", xxe, "DOCTYPE");
		assertThat(xxeReport).doesNotContain("root:");
		String laughs = good.replaceFirst("\\?>", "?>\n<!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")
			.replaceFirst("<target xml:space=\"preserve\">", "<target xml:space=\"preserve\">&b;");
		refused(editor, "fr", laughs, "DOCTYPE");
		refused(editor, "es", good, "another language (fr)");
		refused(editor, "fr", changed(good, d -> {
			translateOther.accept(d);
			unit(d, entry.slug(), "summary").setAttribute("id", "summary-x");
		}), "Unknown unit");
		refused(editor, "fr", changed(good, d -> {
			translateOther.accept(d);
			Element unit = unit(d, entry.slug(), "summary");
			unit.getParentNode().removeChild(unit);
		}), "This unit is missing");
		refused(editor, "fr", changed(good, d -> {
			translateOther.accept(d);
			unit(d, entry.slug(), "title").getElementsByTagName("source").item(0).setTextContent("A different title");
		}), "differs from English revision 1");
		refused(editor, "fr", changed(good, d -> {
			translateOther.accept(d);
			Element file = file(d, entry.slug());
			file.setAttribute("original", "no-such-entry");
			file.setAttribute("id", "no-such-entry");
		}), "No such entry");
		refused(editor, "fr", good.replace("version=\"2.0\"", "version=\"1.2\""), "not an XLIFF 2.0 file");

		assertThat(revisions.latest(entry.slug(), Language.FR, PUBLISHER).orElseThrow().number()).isEqualTo(before);
		assertThat(revisions.latest(other.slug(), Language.FR, PUBLISHER).orElseThrow().number()).isEqualTo(otherBefore);
		assertThat(revisions.history(other.slug(), Language.FR, PUBLISHER)).noneMatch(r -> "Titre valide".equals(r.text().title()));

		// the control: the same change to the other entry alone is accepted
		assertThat(upload(editor, "fr", changed(good, translateOther)).getStatus()).isEqualTo(200);
		assertThat(revisions.latest(other.slug(), Language.FR, PUBLISHER).orElseThrow().text().title()).isEqualTo("Titre valide");
	}

	@Test
	void aFileExportedBeforeEnglishWasPublishedAgainIsRefused() throws Exception {
		MockHttpSession editor = SignIn.as(mvc, "editor");
		EntryData entry = StarterEntries.publicInFrench().get(4);
		String xliff = changed(export(editor, "fr", entry.slug()), d -> target(d, entry.slug(), "title", "Titre tardif"));
		RevisionView en = revisions.latest(entry.slug(), Language.EN, PUBLISHER).orElseThrow();
		RevisionText text = new RevisionText(en.text().title(), en.text().summary(), en.text().keyPoints(),
				en.text().bodyMarkdown() + "\n\nA new English paragraph.");
		RevisionView draft = revisions.save(entry.slug(), Language.EN, text, null, en.number(), PUBLISHER);
		revisions.submit(entry.slug(), Language.EN, draft.number(), PUBLISHER);
		revisions.publish(entry.slug(), Language.EN, draft.number(), null, PUBLISHER);

		refused(editor, "fr", xliff, "published again since the export");
		assertThat(revisions.latest(entry.slug(), Language.FR, PUBLISHER).orElseThrow().text().title())
			.isNotEqualTo("Titre tardif");
	}

	private String refused(MockHttpSession session, String target, String xliff, String reason) throws Exception {
		MockHttpServletResponse response = upload(session, target, xliff);
		assertThat(response.getStatus()).as(reason).isEqualTo(400);
		assertThat(problems(response)).as(reason).anyMatch(p -> p.contains(reason));
		return response.getContentAsString();
	}

	private static List<String> problems(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString()).select(".import-report li").eachText();
	}

	private String export(MockHttpSession session, String target, String... slugs) throws Exception {
		var request = get("/en/editor/translations/" + target + "/xliff").session(session);
		for (String slug : slugs) {
			request.param("entry", slug);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).contains("attachment");
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse upload(MockHttpSession session, String target, String xliff) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "fr.xlf", "application/xliff+xml",
				xliff.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(multipart("/en/editor/translations/" + target + "/import").file(file).session(session).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private String anonymous(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String changed(String xliff, Consumer<Document> change) throws Exception {
		Document doc = parse(xliff);
		change.accept(doc);
		return serialize(doc);
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static String serialize(Document doc) throws Exception {
		StringWriter out = new StringWriter();
		TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
		return out.toString();
	}

	private static Element file(Document doc, String slug) {
		var files = doc.getElementsByTagName("file");
		for (int i = 0; i < files.getLength(); i++) {
			if (slug.equals(((Element) files.item(i)).getAttribute("original"))) {
				return (Element) files.item(i);
			}
		}
		throw new AssertionError("no file " + slug);
	}

	private static Element unit(Document doc, String slug, String id) {
		var units = file(doc, slug).getElementsByTagName("unit");
		for (int i = 0; i < units.getLength(); i++) {
			if (id.equals(((Element) units.item(i)).getAttribute("id"))) {
				return (Element) units.item(i);
			}
		}
		throw new AssertionError("no unit " + id);
	}

	private static void target(Document doc, String slug, String id, String text) {
		Element unit = unit(doc, slug, id);
		var targets = unit.getElementsByTagName("target");
		if (targets.getLength() > 0) {
			targets.item(0).setTextContent(text);
			return;
		}
		Element target = doc.createElementNS(XliffExport.XLIFF_NS, "target");
		target.setTextContent(text);
		unit.getElementsByTagName("segment").item(0).appendChild(target);
	}

}
