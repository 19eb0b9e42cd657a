package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;

/** A malformed package is refused with the file and line of its first problem. */
class PackageReaderTest {

	private static final String ENTRY = "categories/t-cat/t-entry.en.md";

	@Test
	void readsAValidPackage() {
		GuideSnapshot snapshot = PackageReader.read(Packages.valid("t").source(), Set.of());
		assertThat(snapshot.entries()).singleElement().satisfies(e -> {
			assertThat(e.texts()).containsOnlyKeys(Language.EN, Language.FR);
			assertThat(e.texts().get(Language.FR).title()).isEqualTo("Entrée");
		});
		assertThat(snapshot.resources()).singleElement()
			.satisfies(r -> assertThat(r.files().get(Language.EN).mediaType()).startsWith("text/csv"));
	}

	@Test
	void missingPackageFile() {
		assertRefused(Packages.valid("t").remove("package.yaml"), "package.yaml", 0, "missing");
	}

	@Test
	void invalidYamlNamesTheLine() {
		String broken = "---\ntitle: T\nsummary: S\nkey_points: [a\nposition: 1\n---\nBody";
		assertRefused(Packages.valid("t").put(ENTRY, broken), ENTRY, 5, "invalid YAML");
	}

	@Test
	void unknownPhaseNamesTheLineOfTheField() {
		assertRefused(Packages.valid("t").put(ENTRY, Packages.entry("T", "phases: [setup]")), ENTRY, 8,
				"unknown phase 'setup'");
	}

	@Test
	void structuralFieldInATranslationIsRefused() {
		String path = "categories/t-cat/t-entry.fr.md";
		assertRefused(Packages.valid("t").put(path, "---\ntitle: T\nsummary: S\nvisibility: staff\n---\nCorps"), path, 4,
				"source-language file only");
	}

	@Test
	void translationWithoutSourceIsRefused() {
		assertRefused(Packages.valid("t").remove(ENTRY), "categories/t-cat/t-entry.fr.md", 0, "no source-language file");
	}

	@Test
	void missingResourceFileIsRefused() {
		assertRefused(Packages.valid("t").remove("resources/files/t-tool.en.csv"), "resources/t-tool.yaml", 7,
				"not in resources/files/");
	}

	@Test
	void unknownRelatedEntryIsRefused() {
		assertRefused(Packages.valid("t").put(ENTRY, Packages.entry("T", "phases: [running]\nrelated: [nowhere]")), ENTRY,
				9, "related entry 'nowhere' does not exist");
	}

	@Test
	void badSlugIsRefused() {
		assertRefused(Packages.valid("t").put("categories/t-cat/Bad_Slug.en.md", Packages.entry("T", "phases: [running]")),
				"categories/t-cat/Bad_Slug.en.md", 0, "not a valid slug");
	}

	@Test
	void missingFrontMatterIsRefused() {
		assertRefused(Packages.valid("t").put(ENTRY, "# Just text\n"), ENTRY, 1, "front matter");
	}

	@Test
	void unsupportedFormatIsRefused() {
		assertRefused(Packages.valid("t").put("package.yaml", "format: 2\nsource_language: en\n"), "package.yaml", 1,
				"unsupported format");
	}

	@Test
	void notUtf8IsRefused() {
		Packages p = Packages.valid("t");
		PackageSource source = p.source();
		PackageSource latin1 = new PackageSource() {
			@Override
			public java.util.List<String> paths() {
				return source.paths();
			}

			@Override
			public byte[] read(String path) {
				return path.equals(ENTRY) ? new byte[] { '-', '-', '-', '\n', (byte) 0xE9, '\n' } : source.read(path);
			}
		};
		assertThatThrownBy(() -> PackageReader.read(latin1, Set.of())).isInstanceOf(ContentPackageException.class)
			.hasMessageContaining("not UTF-8");
	}

	private static void assertRefused(Packages p, String file, int line, String problem) {
		assertThatThrownBy(() -> PackageReader.read(p.source(), Set.of())).isInstanceOfSatisfying(
				ContentPackageException.class, e -> {
					assertThat(e.file()).isEqualTo(file);
					assertThat(e.line()).isEqualTo(line);
					assertThat(e.getMessage()).contains(problem);
				});
	}

}
