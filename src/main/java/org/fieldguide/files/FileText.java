package org.fieldguide.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The readable text inside a document — PDF, DOCX, XLSX, PPTX, ODT, ODS, CSV, TXT — extracted with Apache
 * Tika, for the search index. A file Tika cannot read yields no text rather than a failed import.
 */
@Component
public class FileText {

	/** Enough for the longest guidance document; search needs no more. */
	public static final int MAX_CHARACTERS = 100_000;

	private static final Logger log = LoggerFactory.getLogger(FileText.class);

	/**
	 * Made on first use: setting Tika up (finding and loading its parsers) took about two seconds of
	 * every start, while text is only extracted when content is imported.
	 */
	private volatile Tika tika;

	private Tika tika() {
		Tika made = tika;
		if (made == null) {
			synchronized (this) {
				made = tika;
				if (made == null) {
					made = new Tika();
					tika = made;
				}
			}
		}
		return made;
	}

	public String extract(String fileName, byte[] content) {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try {
			String text = tika().parseToString(new ByteArrayInputStream(content), metadata, MAX_CHARACTERS);
			return text.replaceAll("\\s+", " ").strip();
		}
		catch (IOException | TikaException | RuntimeException unreadable) {
			log.warn("No text could be read from {}: {}", fileName, unreadable.getMessage());
			return "";
		}
	}

}
