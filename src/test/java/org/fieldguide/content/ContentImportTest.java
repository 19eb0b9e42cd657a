package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fieldguide.FieldguideTest;
import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideImport;
import org.fieldguide.guide.GuideReader;
import org.fieldguide.platform.FieldguideProperties;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The importer on a real database: the starter guide on first start, and all-or-nothing imports. */
@FieldguideTest
class ContentImportTest {

	@Autowired
	ContentImport contentImport;

	@Autowired
	GuideImport guide;

	@Autowired
	GuideReader reader;

	@Autowired
	FieldguideProperties properties;

	@Test
	void theStarterGuideIsImportedOnFirstStart() {
		var home = reader.home(Language.EN, Viewer.anonymous());
		assertThat(home.categories()).hasSize(4);
		assertThat(home.categories()).allSatisfy(c -> assertThat(c.entryCount()).isGreaterThanOrEqualTo(5));
		assertThat(reader.entry("administration", "human-resources", Language.FR, Viewer.anonymous()).bodyHtml())
			.containsPattern("<aside [^>]*class=\"field-note\"");
	}

	@Test
	void aValidPackageIsAddedFromAZip(@TempDir Path dir) throws IOException {
		Path zip = zip(Packages.valid("zipped"), dir.resolve("package.zip"));
		ContentImport.Report report = contentImport.importPackage(PackageSource.zip(zip));
		assertThat(report.entries()).isEqualTo(1);
		assertThat(report.files()).isEqualTo(1);
		assertThat(reader.entry("zipped-cat", "zipped-entry", Language.FR, Viewer.anonymous()).title()).isEqualTo("Entrée");
	}

	@Test
	void aMalformedPackageChangesNothing() throws IOException {
		Set<String> before = guide.existingSlugs();
		long filesBefore = fileCount();
		Packages broken = Packages.valid("broken")
			.put("categories/broken-cat/broken-other.en.md", Packages.entry("Other", "phases: [closing]"));
		assertThatThrownBy(() -> contentImport.importPackage(broken.source())).isInstanceOf(ContentPackageException.class)
			.hasMessageContaining("categories/broken-cat/broken-other.en.md:8");
		assertThat(guide.existingSlugs()).isEqualTo(before);
		assertThat(fileCount()).isEqualTo(filesBefore);
	}

	@Test
	void aPackageThatClashesWithTheGuideChangesNothing() throws IOException {
		Set<String> before = guide.existingSlugs();
		long filesBefore = fileCount();
		Packages clash = Packages.valid("clash")
			.put("categories/clash-cat/human-resources.en.md", Packages.entry("Again", "phases: [running]"));
		assertThatThrownBy(() -> contentImport.importPackage(clash.source())).isInstanceOf(ContentPackageException.class)
			.hasMessageContaining("already exists");
		assertThat(guide.existingSlugs()).isEqualTo(before);
		assertThat(fileCount()).isEqualTo(filesBefore);
	}

	private long fileCount() throws IOException {
		Path root = properties.filesDir();
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private static Path zip(Packages packages, Path target) throws IOException {
		PackageSource source = packages.source();
		try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String path : source.paths()) {
				zip.putNextEntry(new ZipEntry("guide/" + path));
				zip.write(source.read(path));
				zip.closeEntry();
			}
		}
		return target;
	}

}
