package org.fieldguide.editorial;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an uploaded XLIFF document with the JDK's StAX parser, hardened: no DTD processing, no external
 * entities, and a document that has a DOCTYPE at all is refused (so neither XXE nor entity expansion
 * "billion laughs" can happen). It only collects what the file says, with line numbers for the report;
 * {@link XliffImport} decides whether that is acceptable.
 */
final class XliffReader {

	record Unit(String id, int line, String source, String target, boolean inline) {
	}

	record File(String slug, int line, String sourceRevision, String targetRevision, List<Unit> units) {
	}

	record Document(String namespace, String version, String srcLang, String trgLang, List<File> files) {
	}

	/** Either the document or the reason it could not be read. */
	record Result(Document document, XliffImport.Problem problem) {
	}

	private XliffReader() {
	}

	static Result read(InputStream in) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		try {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			try {
				return read(xml);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
			return new Result(null, new XliffImport.Problem(line, null, null, "malformed", firstLine(e.getMessage())));
		}
	}

	private static Result read(XMLStreamReader xml) throws XMLStreamException {
		Document document = null;
		List<File> files = new ArrayList<>();
		List<Unit> units = null;
		String[] file = null;
		String unitId = null;
		int unitLine = 0;
		StringBuilder source = null;
		StringBuilder target = null;
		StringBuilder text = null;
		boolean inline = false;
		while (xml.hasNext()) {
			int event = xml.next();
			int line = xml.getLocation().getLineNumber();
			switch (event) {
				case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION:
					return new Result(null, new XliffImport.Problem(line, null, null, "doctype", ""));
				case XMLStreamConstants.START_ELEMENT: {
					String name = xml.getLocalName();
					if (document == null) {
						document = new Document(xml.getNamespaceURI(), attr(xml, "version"), attr(xml, "srcLang"),
								attr(xml, "trgLang"), files);
						if (!"xliff".equals(name) || !XliffExport.XLIFF_NS.equals(xml.getNamespaceURI())) {
							return new Result(document, null);
						}
					}
					else if (text != null) {
						inline = true; // inline codes (<ph>, <pc> …) are not part of what we export
						skip(xml);
					}
					else if (!XliffExport.XLIFF_NS.equals(xml.getNamespaceURI())) {
						skip(xml);
					}
					else if ("file".equals(name)) {
						String slug = attr(xml, "original") != null ? attr(xml, "original") : attr(xml, "id");
						file = new String[] { slug, Integer.toString(line),
								xml.getAttributeValue(XliffExport.FG_NS, "sourceRevision"),
								xml.getAttributeValue(XliffExport.FG_NS, "targetRevision") };
						units = new ArrayList<>();
					}
					else if ("unit".equals(name) && units != null) {
						unitId = attr(xml, "id");
						unitLine = line;
						source = new StringBuilder();
						target = null;
						inline = false;
					}
					else if ("source".equals(name) && unitId != null) {
						text = source;
					}
					else if ("target".equals(name) && unitId != null) {
						target = target == null ? new StringBuilder() : target;
						text = target;
					}
					else if (!List.of("segment", "ignorable", "group").contains(name)) {
						skip(xml); // notes, original data, metadata: not ours to check
					}
					break;
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
					if (text != null) {
						text.append(xml.getText());
					}
					break;
				case XMLStreamConstants.END_ELEMENT: {
					String name = xml.getLocalName();
					if ("source".equals(name) || "target".equals(name)) {
						text = null;
					}
					else if ("unit".equals(name) && unitId != null) {
						units.add(new Unit(unitId, unitLine, source.toString(), target == null ? null : target.toString(),
								inline));
						unitId = null;
					}
					else if ("file".equals(name) && file != null) {
						files.add(new File(file[0], Integer.parseInt(file[1]), file[2], file[3], List.copyOf(units)));
						file = null;
						units = null;
					}
					break;
				}
				default:
					break;
			}
		}
		return new Result(document, document == null ? new XliffImport.Problem(0, null, null, "malformed", "") : null);
	}

	private static String attr(XMLStreamReader xml, String name) {
		return xml.getAttributeValue(null, name);
	}

	private static void skip(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
				throw new XMLStreamException("Entity references are not allowed", xml.getLocation());
			}
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		String last = message.lines().reduce((a, b) -> b).orElse("");
		return last.length() > 200 ? last.substring(0, 200) : last;
	}

}
