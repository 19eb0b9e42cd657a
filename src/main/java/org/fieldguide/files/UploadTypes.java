package org.fieldguide.files;

import java.util.Map;
import java.util.Set;

/**
 * The file types editors may upload: for each extension, the types Tika may detect in the bytes and the
 * media type the file is served with. A file whose bytes say something else than its extension is
 * refused, whatever it is called.
 */
final class UploadTypes {

	record Type(Set<String> detected, String mediaType) {
	}

	private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

	static final Map<String, Type> DOCUMENTS = Map.ofEntries(
			Map.entry("pdf", new Type(Set.of("application/pdf"), "application/pdf")),
			Map.entry("docx", ooxml("wordprocessingml.document")), Map.entry("xlsx", ooxml("spreadsheetml.sheet")),
			Map.entry("pptx", ooxml("presentationml.presentation")),
			Map.entry("odt", odf("application/vnd.oasis.opendocument.text")),
			Map.entry("ods", odf("application/vnd.oasis.opendocument.spreadsheet")),
			Map.entry("csv", new Type(Set.of("text/csv", "text/plain"), "text/csv; charset=UTF-8")),
			Map.entry("txt", new Type(Set.of("text/plain"), "text/plain; charset=UTF-8")),
			Map.entry("png", new Type(Set.of("image/png"), "image/png")),
			Map.entry("jpg", new Type(Set.of("image/jpeg"), "image/jpeg")),
			Map.entry("jpeg", new Type(Set.of("image/jpeg"), "image/jpeg")),
			Map.entry("webp", new Type(Set.of("image/webp"), "image/webp")));

	/** A content package: only where a package is expected. */
	static final Map<String, Type> PACKAGE = Map.of("zip",
			new Type(Set.of("application/zip", "application/x-zip-compressed"), "application/zip"));

	private UploadTypes() {
	}

	private static Type ooxml(String kind) {
		return new Type(Set.of(OOXML + kind), OOXML + kind);
	}

	private static Type odf(String type) {
		return new Type(Set.of(type), type);
	}

}
