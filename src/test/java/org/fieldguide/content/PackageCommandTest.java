package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.fieldguide.FieldguideApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code export} and {@code import} commands through the same entry the jar's main method uses,
 * each run a whole application (without a web server) on a data directory of its own.
 */
class PackageCommandTest {

	record Run(int exit, String out, String err) {
	}

	private final String dataDir = "--fieldguide.data-dir=target/cli-test/" + UUID.randomUUID();

	@Test
	void importIntoAnEmptyDataDirectoryThenExport(@TempDir Path dir) throws IOException {
		Path starter = Path.of("src/main/resources/starter-guide");

		Run dryRun = run("import", starter.toString(), "--dry-run", dataDir);
		assertThat(dryRun.exit()).as(dryRun.err()).isZero();
		assertThat(dryRun.out()).startsWith("Dry run, nothing was changed.").contains("added     entry human-resources");

		Run imported = run("import", starter.toString(), dataDir);
		assertThat(imported.exit()).as(imported.err()).isZero();
		// nothing of the dry run, and not the starter guide on its own, was in the database before
		assertThat(imported.out()).startsWith("Imported: 359 added, 0 changed, 0 unchanged")
			.contains("added     training module centre-staff-course");

		Path zip = dir.resolve("guide.zip");
		Run exported = run("export", "--out", zip.toString(), "--category", "administration", dataDir);
		assertThat(exported.exit()).as(exported.err()).isZero();
		assertThat(exported.out()).startsWith("Exported 1 categories");
		Map<String, byte[]> files = PackageRoundTripTest.unzip(Files.readAllBytes(zip));
		assertThat(files.keySet()).contains("package.yaml", "categories/administration/human-resources.fr.md");
		assertThat(files.keySet()).noneMatch(p -> p.startsWith("categories/centre-management/"));

		Path invalid = dir.resolve("invalid.zip");
		Files.write(invalid, PackageRoundTripTest.zip(Map.of("package.yaml",
				"format: 2\ntitle: T\nsource_language: en\n".getBytes(StandardCharsets.UTF_8))));
		Run refused = run("import", invalid.toString(), dataDir);
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err().strip()).isEqualTo(
				"fieldguide import: invalid package, nothing imported: package.yaml:1: unsupported format 2; this Fieldguide reads format 1");
	}

	@Test
	void badInputIsRefusedWithOneLineBeforeAnythingStarts(@TempDir Path dir) throws IOException {
		Run missing = run("import", dir.resolve("nowhere.zip").toString(), dataDir);
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).isEqualTo("fieldguide import: no such file: " + dir.resolve("nowhere.zip") + "\n");

		Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip");
		Run notAPackage = run("import", text.toString(), dataDir);
		assertThat(notAPackage.exit()).isEqualTo(1);
		assertThat(notAPackage.err()).startsWith("fieldguide import: ").contains("is not a content package")
			.hasLineCount(1);

		Run noOut = run("export", dataDir);
		assertThat(noOut.exit()).isEqualTo(2);
		assertThat(noOut.err()).startsWith("fieldguide export: --out is required").hasLineCount(1);
	}

	private Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = PackageCommand.run(FieldguideApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
