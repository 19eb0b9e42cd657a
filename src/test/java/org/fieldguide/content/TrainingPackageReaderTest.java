package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualSnapshot;
import org.junit.jupiter.api.Test;

/** The training part of a content package, read without Spring: what it gives, and every error naming its file. */
class TrainingPackageReaderTest {

	private static final Set<String> ENTRIES = Set.of("human-resources", "incident-reporting-chain");

	private static final Set<String> RESOURCES = Set.of("hr-staffing-plan-template");

	private static ManualSnapshot read(TrainingPackages p) {
		return TrainingPackageReader.read(p.source(), ENTRIES, RESOURCES);
	}

	@Test
	void readsModulesSessionsNotesAndQuestions() {
		ManualSnapshot manual = read(TrainingPackages.valid("t"));
		assertThat(manual.modules()).hasSize(1);
		ManualSnapshot.ModuleData module = manual.modules().get(0);
		assertThat(module.audience()).isEqualTo("centre-staff");
		assertThat(module.sessions()).extracting(ManualSnapshot.SessionData::slug).containsExactly("t-one", "t-two");
		ManualSnapshot.SessionData one = module.sessions().get(0);
		assertThat(one.minutes()).isEqualTo(240);
		assertThat(one.entries()).containsExactly("human-resources", "incident-reporting-chain");
		assertThat(one.materials()).containsExactly("hr-staffing-plan-template");
		assertThat(one.texts().get(Language.EN).notesMarkdown()).contains("secret-facilitator-tip");
		assertThat(one.texts().get(Language.FR).notesMarkdown()).isNull();
		assertThat(one.texts().get(Language.FR).objectives()).containsExactly("Expliquer le plan.", "Remplir le modèle.");
		assertThat(module.questions()).singleElement().satisfies(q -> {
			assertThat(q.correctIndex()).isZero();
			assertThat(q.choices().get(Language.FR)).containsExactly("Le responsable", "Le bailleur", "Personne");
		});
	}

	@Test
	void aPackageWithoutTrainingHasAnEmptyManual() {
		assertThat(TrainingPackageReader.read(Packages.valid("x").source(), ENTRIES, RESOURCES).modules()).isEmpty();
	}

	@Test
	void anUnknownEntrySlugIsAnErrorNamingTheFileAndLine() {
		TrainingPackages p = TrainingPackages.valid("t");
		p.put(p.path("t-two.en.md"), TrainingPackages.session("Two", 2, 60, "entries: [no-such-entry]"));
		assertThatThrownBy(() -> read(p)).isInstanceOf(ContentPackageException.class)
			.hasMessageContaining("training/t-module/t-two.en.md:9")
			.hasMessageContaining("entry 'no-such-entry' does not exist");
	}

	@Test
	void anUnknownResourceSlugIsAnError() {
		TrainingPackages p = TrainingPackages.valid("t");
		p.put(p.path("t-two.en.md"), TrainingPackages.session("Two", 2, 60,
				"materials: [no-such-resource]\nentries: [human-resources]"));
		assertThatThrownBy(() -> read(p)).hasMessageContaining("training/t-module/t-two.en.md")
			.hasMessageContaining("resource 'no-such-resource' does not exist");
	}

	@Test
	void aBadDurationIsAnError() {
		TrainingPackages p = TrainingPackages.valid("t");
		p.put(p.path("t-two.en.md"), TrainingPackages.session("Two", 2, 500, "entries: [human-resources]"));
		assertThatThrownBy(() -> read(p)).hasMessageContaining("training/t-module/t-two.en.md:4")
			.hasMessageContaining("15 to 480 minutes");
		p.put(p.path("t-two.en.md"), TrainingPackages.session("Two", 2, 60, "entries: [human-resources]")
			.replace("duration: 60", "duration: an hour"));
		assertThatThrownBy(() -> read(p)).hasMessageContaining("training/t-module/t-two.en.md:4")
			.hasMessageContaining("whole number");
	}

	@Test
	void aTranslationWithoutItsSourceFileIsAnError() {
		TrainingPackages p = TrainingPackages.valid("t").remove("training/t-module/t-one.en.md")
			.remove("training/t-module/t-one.en.notes.md");
		assertThatThrownBy(() -> read(p)).hasMessageContaining("training/t-module/t-one.fr.md")
			.hasMessageContaining("no source-language file t-one.en.md");
	}

	@Test
	void notesWithoutTheirSessionFileAreAnError() {
		TrainingPackages p = TrainingPackages.valid("t");
		p.put(p.path("t-two.fr.notes.md"), "Notes\n");
		assertThatThrownBy(() -> read(p)).hasMessageContaining("training/t-module/t-two.fr.notes.md")
			.hasMessageContaining("without their session file t-two.fr.md");
	}

	@Test
	void aModuleWithoutModuleYamlIsAnError() {
		TrainingPackages p = TrainingPackages.valid("t").remove("training/t-module/module.yaml");
		assertThatThrownBy(() -> read(p)).hasMessageContaining("training/t-module/module.yaml")
			.hasMessageContaining("missing module file");
	}

	@Test
	void otherMistakesNameTheirFieldAndFile() {
		TrainingPackages p = TrainingPackages.valid("t");
		p.put(p.path("t-one.fr.md"), "---\ntitle: Un\nobjectives:\n  - Seul.\n---\nCorps.\n");
		assertThatThrownBy(() -> read(p)).hasMessageContaining("training/t-module/t-one.fr.md:4")
			.hasMessageContaining("the source has 2");
		p.put(p.path("t-one.fr.md"), "---\ntitle: Un\nduration: 60\n---\nCorps.\n");
		assertThatThrownBy(() -> read(p)).hasMessageContaining("t-one.fr.md:3")
			.hasMessageContaining("'duration' belongs in the source-language file only");
		TrainingPackages q = TrainingPackages.valid("t");
		q.put(q.path("module.yaml"), "position: 1\naudience: everyone\ntitle:\n  en: X\ndescription:\n  en: Y\n");
		assertThatThrownBy(() -> read(q)).hasMessageContaining("training/t-module/module.yaml:2")
			.hasMessageContaining("unknown audience 'everyone'");
		TrainingPackages r = TrainingPackages.valid("t");
		r.put(r.path("questions.yaml"), "questions:\n  - key: a\n    text:\n      en: Q?\n    choices:\n      - en: A\n"
				+ "      - en: B\n      - en: C\n    correct: 4\n");
		assertThatThrownBy(() -> read(r)).hasMessageContaining("training/t-module/questions.yaml:9")
			.hasMessageContaining("1 to 3");
		TrainingPackages s = TrainingPackages.valid("t").put("training/t-module/slides.pdf", "x");
		assertThatThrownBy(() -> read(s)).hasMessageContaining("training/t-module/slides.pdf")
			.hasMessageContaining("unexpected file");
		TrainingPackages u = TrainingPackages.valid("t").put("training/other/t-two.en.md",
				TrainingPackages.session("Dup", 1, 60, "entries: [human-resources]"));
		assertThatThrownBy(() -> read(u)).hasMessageContaining("session 't-two' also exists");
	}

}
