package org.fieldguide.editorial;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chosen entries as one XLIFF 2.0 document for one target language: a {@code <file>} per entry whose
 * source is the published English text and whose target is the latest translation (draft or published)
 * when there is one. Each file carries the English revision and the translation revision it was made
 * from ({@code fg:sourceRevision}, {@code fg:targetRevision}), which the import checks.
 */
@Service
@Transactional(readOnly = true)
public class XliffExport {

	static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";

	static final String FG_NS = "https://fieldguide.invalid/xliff";

	private final Revisions revisions;

	private final SourceTracking sources;

	XliffExport(Revisions revisions, SourceTracking sources) {
		this.revisions = revisions;
		this.sources = sources;
	}

	public byte[] export(Collection<String> slugs, Language target, Viewer viewer) {
		Revisions.requireEditor(viewer);
		if (target == Language.SOURCE) {
			throw new IllegalArgumentException("English is the source language");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("xliff");
			xml.writeDefaultNamespace(XLIFF_NS);
			xml.writeNamespace("fg", FG_NS);
			xml.writeAttribute("version", "2.0");
			xml.writeAttribute("srcLang", Language.SOURCE.code());
			xml.writeAttribute("trgLang", target.code());
			for (String slug : slugs.stream().distinct().toList()) {
				writeFile(xml, slug, target, viewer);
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Could not write XLIFF", e);
		}
		return out.toByteArray();
	}

	private void writeFile(XMLStreamWriter xml, String slug, Language target, Viewer viewer) throws XMLStreamException {
		int sourceNumber = sources.publishedSourceNumber(slug);
		RevisionText source = revisions.revision(slug, Language.SOURCE, sourceNumber, viewer).text();
		Optional<RevisionView> translation = revisions.latest(slug, target, viewer)
			.filter(r -> r.status() != RevisionStatus.UNPUBLISHED);
		Map<String, String> units = XliffUnits.of(source);
		Map<String, String> targets = translation.map(t -> XliffUnits.targets(units, t.text())).orElse(Map.of());
		xml.writeCharacters("\n");
		xml.writeStartElement("file");
		xml.writeAttribute("id", slug);
		xml.writeAttribute("original", slug);
		xml.writeAttribute("fg", FG_NS, "sourceRevision", Integer.toString(sourceNumber));
		xml.writeAttribute("fg", FG_NS, "targetRevision",
				Integer.toString(revisions.latest(slug, target, viewer).map(RevisionView::number).orElse(0)));
		for (Map.Entry<String, String> unit : units.entrySet()) {
			xml.writeCharacters("\n");
			xml.writeStartElement("unit");
			xml.writeAttribute("id", unit.getKey());
			xml.writeStartElement("segment");
			String text = targets.get(unit.getKey());
			xml.writeAttribute("state", text == null || text.isBlank() ? "initial" : "translated");
			xml.writeStartElement("source");
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
			xml.writeCharacters(unit.getValue());
			xml.writeEndElement();
			if (text != null && !text.isBlank()) {
				xml.writeStartElement("target");
				xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
				xml.writeCharacters(text);
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeCharacters("\n");
		xml.writeEndElement();
	}

	static String fileName(Language target) {
		return "fieldguide-" + target.code() + ".xlf";
	}

}
