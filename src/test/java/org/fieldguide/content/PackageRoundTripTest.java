package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.fieldguide.content.ImportPlan.Kind;
import org.fieldguide.content.ImportPlan.Outcome;
import org.fieldguide.guide.GuideContent;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.platform.FieldguideProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Export the starter guide, import it into an empty installation (its own database and data folder),
 * and readers get the same pages. Then dry runs and a bad package on that second installation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackageRoundTripTest {

	static ConfigurableApplicationContext original;

	static ConfigurableApplicationContext copy;

	static byte[] exported;

	@BeforeAll
	static void exportAndImport() throws IOException {
		original = TwoGuides.start(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		original.getBean(ContentExport.class).export(null, TwoGuides.EDITOR, out);
		exported = out.toByteArray();
		copy = TwoGuides.start(false);
		ImportPlan applied = copy.getBean(ContentImport.class).apply(source(unzip(exported)), TwoGuides.PUBLISHER);
		assertThat(applied.applied()).isTrue();
		assertThat(applied.changed()).isZero();
		assertThat(applied.unchanged()).isZero();
	}

	@AfterAll
	static void close() {
		if (copy != null) {
			copy.close();
		}
		if (original != null) {
			original.close();
		}
	}

	@Test
	@Order(1)
	void theSamePublicPagesComeOutOfTheCopy() throws Exception {
		GuideSnapshot guide = original.getBean(GuideContent.class).all(TwoGuides.EDITOR);
		List<String> paths = new ArrayList<>();
		for (String lang : List.of("en", "ar")) {
			paths.add("/" + lang + "/");
			guide.categories().forEach(c -> paths.add("/" + lang + "/toolkit/" + c.slug()));
			guide.entries().forEach(e -> paths.add("/" + lang + "/toolkit/" + e.category() + "/" + e.slug()));
			// the training manual travels with the whole guide
			paths.add("/" + lang + "/training");
			paths.add("/" + lang + "/training/centre-staff-course");
			paths.add("/" + lang + "/training/centre-staff-course/safe-staffing-and-incident-reporting");
		}
		assertThat(paths).hasSizeGreaterThan(70);
		MockMvc before = TwoGuides.mvc(original);
		MockMvc after = TwoGuides.mvc(copy);
		for (String path : paths) {
			assertThat(TwoGuides.page(after, path)).as(path).isEqualTo(TwoGuides.page(before, path));
		}
		assertThat(TwoGuides.page(after, "/en/toolkit/administration/human-resources")).startsWith("200");
	}

	@Test
	@Order(2)
	void theExportHoldsStaffContentAndFiles() {
		Map<String, byte[]> files = unzip(exported);
		assertThat(files).containsKey("package.yaml");
		assertThat(files.keySet()).anyMatch(p -> p.startsWith("resources/files/") && p.endsWith(".pdf"));
		assertThat(files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)))
			.anyMatch(text -> text.contains("visibility: staff"));
	}

	@Test
	@Order(3)
	void aDryRunOfTheSamePackageFindsEverythingUnchanged() {
		ImportPlan plan = copy.getBean(ContentImport.class).plan(source(unzip(exported)), TwoGuides.PUBLISHER);
		assertThat(plan.applied()).isFalse();
		assertThat(plan.added()).isZero();
		assertThat(plan.changed()).isZero();
		assertThat(plan.notInPackage()).isZero();
		assertThat(plan.unchanged()).isEqualTo(plan.items().size()).isGreaterThan(300);
		assertThat(plan.items().stream().filter(i -> i.kind() == ImportPlan.Kind.TRAINING_MODULE).map(ImportPlan.Item::name))
			.containsExactlyInAnyOrder("introduction-to-migrant-centres", "centre-staff-course", "applied-field-course");
	}

	@Test
	@Order(4)
	void aDryRunReportsOneEditedEntryFileAsOneChangeAndChangesNothing() throws Exception {
		Map<String, byte[]> files = unzip(exported);
		String path = "categories/administration/human-resources.fr.md";
		files.put(path, (new String(files.get(path), StandardCharsets.UTF_8) + "\nUn paragraphe ajouté.\n")
			.getBytes(StandardCharsets.UTF_8));
		files.put("categories/administration/a-new-entry.en.md", Packages.entry("A new entry", "phases: [running]")
			.getBytes(StandardCharsets.UTF_8));
		String before = TwoGuides.page(TwoGuides.mvc(copy), "/fr/toolkit/administration/human-resources");

		ImportPlan plan = copy.getBean(ContentImport.class).plan(source(files), TwoGuides.PUBLISHER);

		assertThat(plan.changed()).isEqualTo(1);
		assertThat(plan.of(Outcome.CHANGED)).singleElement()
			.satisfies(item -> assertThat(item.kind()).isEqualTo(Kind.TRANSLATION))
			.satisfies(item -> assertThat(item.name()).isEqualTo("human-resources (fr)"))
			.satisfies(item -> assertThat(item.fields()).containsExactly("body"));
		assertThat(plan.of(Outcome.ADDED)).extracting(ImportPlan.Item::name)
			.containsExactlyInAnyOrder("a-new-entry", "a-new-entry (en)");
		assertThat(plan.unchanged()).isEqualTo(plan.items().size() - 3);
		assertThat(TwoGuides.page(TwoGuides.mvc(copy), "/fr/toolkit/administration/human-resources")).isEqualTo(before);
		assertThat(TwoGuides.page(TwoGuides.mvc(copy), "/en/toolkit/administration/a-new-entry")).startsWith("404");

		ImportPlan applied = copy.getBean(ContentImport.class).apply(source(files), TwoGuides.PUBLISHER);
		assertThat(applied.changed()).isEqualTo(1);
		assertThat(TwoGuides.page(TwoGuides.mvc(copy), "/fr/toolkit/administration/human-resources"))
			.contains("Un paragraphe ajouté.");
		assertThat(TwoGuides.page(TwoGuides.mvc(copy), "/en/toolkit/administration/a-new-entry")).startsWith("200");
		assertThat(copy.getBean(ContentImport.class).plan(source(files), TwoGuides.PUBLISHER).changesSomething()).isFalse();
	}

	@Test
	@Order(5)
	void aChangedTrainingModuleIsRefusedNamingItAndChangesNothing() throws Exception {
		Map<String, byte[]> files = unzip(exported);
		String path = "training/centre-staff-course/safe-staffing-and-incident-reporting.en.md";
		files.put(path, (new String(files.get(path), StandardCharsets.UTF_8) + "\nA changed step.\n")
			.getBytes(StandardCharsets.UTF_8));
		String page = TwoGuides.page(TwoGuides.mvc(copy), "/en/training/centre-staff-course/safe-staffing-and-incident-reporting");

		assertThatThrownBy(() -> copy.getBean(ContentImport.class).apply(source(files), TwoGuides.PUBLISHER))
			.isInstanceOf(ContentPackageException.class)
			.hasMessageContaining("training/centre-staff-course/module.yaml")
			.hasMessageContaining("updating a training module is not supported yet");
		assertThat(TwoGuides.page(TwoGuides.mvc(copy), "/en/training/centre-staff-course/safe-staffing-and-incident-reporting"))
			.isEqualTo(page).doesNotContain("A changed step.");
	}

	@Test
	@Order(6)
	void aBadPackageChangesNothing() throws Exception {
		Map<String, byte[]> files = unzip(exported);
		String path = "categories/administration/human-resources.en.md";
		files.put(path, (new String(files.get(path), StandardCharsets.UTF_8) + "\nA changed paragraph.\n")
			.getBytes(StandardCharsets.UTF_8));
		files.put("resources/new-tool.yaml", ("type: tool\nvisibility: public\nentries: [human-resources]\n"
				+ "title:\n  en: New tool\nfiles:\n  en: new-tool.csv\n").getBytes(StandardCharsets.UTF_8));
		files.put("resources/files/new-tool.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
		files.put("categories/administration/broken.en.md",
				Packages.entry("Broken", "phases: [running]\nrelated: [no-such-entry]").getBytes(StandardCharsets.UTF_8));
		MockMvc mvc = TwoGuides.mvc(copy);
		String page = TwoGuides.page(mvc, "/en/toolkit/administration/human-resources");
		long stored = fileCount();

		assertThatThrownBy(() -> copy.getBean(ContentImport.class).apply(source(files), TwoGuides.PUBLISHER))
			.isInstanceOf(ContentPackageException.class)
			.hasMessageContaining("categories/administration/broken.en.md")
			.hasMessageContaining("no-such-entry");

		assertThat(TwoGuides.page(mvc, "/en/toolkit/administration/human-resources")).isEqualTo(page);
		assertThat(fileCount()).isEqualTo(stored);
		assertThat(copy.getBean(GuideContent.class).all(TwoGuides.EDITOR).resources())
			.noneMatch(r -> r.slug().equals("new-tool"));
	}

	@Test
	@Order(7)
	void onlyPublishersImportAndOnlyEditorsExport() {
		assertThatThrownBy(() -> copy.getBean(ContentImport.class).plan(source(unzip(exported)), TwoGuides.EDITOR))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> copy.getBean(ContentExport.class).export(null,
				org.fieldguide.access.Viewer.anonymous(), OutputStream.nullOutputStream()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	private static long fileCount() throws IOException {
		Path dir = copy.getBean(FieldguideProperties.class).filesDir();
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	static PackageSource source(Map<String, byte[]> files) {
		return PackageSource.of(files);
	}

	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return files;
	}

	static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}


}
