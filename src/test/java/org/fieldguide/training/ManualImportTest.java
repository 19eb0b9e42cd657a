package org.fieldguide.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fieldguide.FieldguideTest;
import org.fieldguide.content.ContentImport;
import org.fieldguide.content.ContentPackageException;
import org.fieldguide.content.TrainingPackages;
import org.fieldguide.guide.GuideImport;
import org.fieldguide.guide.GuideVersion;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A content package's training part goes through the importer into the manual that other modules read. */
@FieldguideTest
class ManualImportTest {

	@Autowired
	ContentImport contentImport;

	@Autowired
	TrainingManual manual;

	@Autowired
	ManualImport manualImport;

	@Autowired
	GuideImport guide;

	@Autowired
	GuideVersion version;

	@Test
	void anImportedModuleIsReadThroughThePublicInterface() {
		long before = version.current().number();
		ContentImport.Report report = contentImport.importPackage(TrainingPackages.valid("imported").source());
		assertThat(report.trainingModules()).isEqualTo(1);
		assertThat(report.trainingSessions()).isEqualTo(2);
		assertThat(version.current().number()).as("readers' pages changed").isGreaterThan(before);

		TrainingManual.ModuleOutline fr = manual.module("imported-module", Language.FR).orElseThrow();
		assertThat(fr).isEqualTo(new TrainingManual.ModuleOutline("imported-module", 7, "centre-staff",
				"Module imported", "Pour tester.", 2, 420));
		assertThat(manual.module("imported-module", Language.AR).orElseThrow().title()).as("English stands in")
			.isEqualTo("imported module");
		assertThat(manual.modules(Language.EN)).extracting(TrainingManual.ModuleOutline::slug).contains("imported-module");
		assertThat(manual.questions("imported-module", Language.FR)).containsExactly(new TrainingManual.Question("first",
				"Qui écrit le plan ?", java.util.List.of("Le responsable", "Le bailleur", "Personne"), 0));
		assertThat(manual.questions("no-such-module", Language.EN)).isEmpty();
		assertThat(manual.module("no-such-module", Language.EN)).isEmpty();
	}

	@Test
	void anInvalidTrainingPartStoresNothingOfThePackage() {
		var slugsBefore = guide.existingSlugs();
		var manualBefore = manualImport.existingSlugs();
		TrainingPackages broken = TrainingPackages.valid("broken");
		broken.put("categories/broken-cat/category.yaml",
				"position: 9\nvisibility: public\ntitle:\n  en: Broken\ndescription:\n  en: About it\n");
		broken.put("categories/broken-cat/broken-entry.en.md", "---\ntitle: E\nsummary: S\nposition: 1\n"
				+ "visibility: public\nphases: [set-up]\n---\nBody.\n");
		broken.put(broken.path("broken-two.en.md"), TrainingPackages.session("Two", 2, 60, "entries: [nowhere]"));
		assertThatThrownBy(() -> contentImport.importPackage(broken.source()))
			.isInstanceOf(ContentPackageException.class)
			.hasMessageContaining("broken-two.en.md");
		assertThat(guide.existingSlugs()).isEqualTo(slugsBefore);
		assertThat(manualImport.existingSlugs()).isEqualTo(manualBefore);
	}

	@Test
	void aModuleThatExistsAlreadyIsRefused() {
		contentImport.importPackage(TrainingPackages.valid("twice").source());
		assertThatThrownBy(() -> contentImport.importPackage(TrainingPackages.valid("twice").source()))
			.hasMessageContaining("training module 'twice-module' already exists");
	}

	@Test
	void aManualAloneCanBeAddedToAnExistingGuide() {
		ContentImport.Report report = contentImport.importManual(TrainingPackages.valid("alone").source());
		assertThat(report.entries()).isZero();
		assertThat(report.trainingSessions()).isEqualTo(2);
		assertThat(manual.module("alone-module", Language.EN)).isPresent();
		assertThat(manualImport.isEmpty()).isFalse();
	}

}
