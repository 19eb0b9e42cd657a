package org.fieldguide.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.fieldguide.UploadLimitTest;
import org.fieldguide.platform.FieldguideProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The upload checks on the real file store: what is refused leaves nothing behind, what passes is stored. */
@UploadLimitTest
class UploadsTest {

	@Autowired
	Uploads uploads;

	@Autowired
	FileStore store;

	@Autowired
	FieldguideProperties properties;

	@Test
	void anExecutableRenamedPdfIsRefusedAndNothingIsKept() throws IOException {
		byte[] elf = withHeader(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 }, 4096);
		refused("invoice.pdf", elf, "upload.rejected.mismatch");
		byte[] pe = withHeader("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 4096);
		System.arraycopy(new byte[] { (byte) 0x80, 0, 0, 0 }, 0, pe, 0x3c, 4);
		System.arraycopy("PE\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1), 0, pe, 0x80, 4);
		refused("checklist.pdf", pe, "upload.rejected.mismatch");
	}

	@Test
	void anOversizedFileIsRefusedAndNothingIsKept() throws IOException {
		byte[] big = new byte[1024 * 1024 + 1];
		Arrays.fill(big, (byte) 'a');
		refused("notes.txt", big, "upload.rejected.size");
	}

	@Test
	void aBadFileNameIsRefused() throws IOException {
		byte[] text = "hello\n".getBytes(StandardCharsets.UTF_8);
		refused("notes\u0007.txt", text, "upload.rejected.name");
		refused("notes", text, "upload.rejected.name");
		refused("  ", text, "upload.rejected.name");
	}

	@Test
	void aTypeNotOnTheListIsRefused() throws IOException {
		refused("page.html", "<html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8), "upload.rejected.type");
		refused("tool.exe", withHeader("MZ".getBytes(StandardCharsets.ISO_8859_1), 512), "upload.rejected.type");
		refused("empty.txt", new byte[0], "upload.rejected.empty");
	}

	@Test
	void aRealPdfIsStoredUnderASafeName() throws IOException {
		byte[] pdf;
		try (InputStream in = getClass().getResourceAsStream(
				"/starter-guide/resources/files/accountability-feedback-channels-guidance.en.pdf")) {
			pdf = in.readAllBytes();
		}
		Uploads.Accepted accepted = uploads.accept("C:\\Users\\amal\\Rapport d'activité (final).PDF",
				new ByteArrayInputStream(pdf));
		assertThat(accepted.fileName()).isEqualTo("Rapport-d-activite-final.pdf");
		assertThat(accepted.mediaType()).isEqualTo("application/pdf");
		assertThat(accepted.sizeBytes()).isEqualTo(pdf.length);
		try (InputStream in = store.open(accepted.storageKey())) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		assertThat(temporaryFiles()).isZero();
		store.delete(accepted.storageKey());
	}

	@Test
	void namesAreSanitised() {
		assertThat(Uploads.sanitise("../../etc/passwd.txt")).isEqualTo("passwd.txt");
		assertThat(Uploads.sanitise("CON.pdf")).isEqualTo("CON-file.pdf");
		assertThat(Uploads.sanitise("lpt1.txt")).isEqualTo("lpt1-file.txt");
		assertThat(Uploads.sanitise("تقرير.pdf")).isEqualTo("file.pdf");
		assertThat(Uploads.sanitise("Plan  d’accueil — 2026.DOCX")).isEqualTo("Plan-d-accueil-2026.docx");
		assertThat(Uploads.sanitise("x".repeat(300) + ".csv")).hasSize(104);
	}

	private void refused(String name, byte[] content, String messageKey) throws IOException {
		long before = storedFiles();
		assertThatThrownBy(() -> uploads.accept(name, new ByteArrayInputStream(content)))
			.isInstanceOfSatisfying(UploadRejectedException.class,
					e -> assertThat(e.messageKey()).as(name).isEqualTo(messageKey))
			.hasMessageNotContaining("Exception");
		assertThat(storedFiles()).as("files in the store after refusing " + name).isEqualTo(before);
		assertThat(temporaryFiles()).as("temporary files after refusing " + name).isZero();
	}

	private static byte[] withHeader(byte[] header, int size) {
		byte[] bytes = new byte[size];
		System.arraycopy(header, 0, bytes, 0, header.length);
		return bytes;
	}

	private long storedFiles() throws IOException {
		return count(properties.filesDir());
	}

	private long temporaryFiles() throws IOException {
		return count(properties.dataDir().resolve("uploads-tmp"));
	}

	private static long count(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
