package org.fieldguide.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.fieldguide.FieldguideTest;
import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualViews.AgendaDay;
import org.fieldguide.training.ManualViews.ModulePage;
import org.fieldguide.training.ManualViews.SessionCard;
import org.fieldguide.training.TrainingManual.ModuleOutline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The starter manual arrives with the starter guide on a fresh start: three modules, in English and French. */
@FieldguideTest
class StarterManualTest {

	private static final List<String> STARTER = List.of("introduction-to-migrant-centres", "centre-staff-course",
			"applied-field-course");

	@Autowired
	TrainingManual manual;

	@Autowired
	ManualPages pages;

	@Autowired
	TrainingProperties properties;

	@Test
	void threeModulesForThreeAudiencesWithAtLeastTwelveSessions() {
		List<ModuleOutline> en = manual.modules(Language.EN).stream().filter(m -> STARTER.contains(m.slug())).toList();
		assertThat(en).extracting(ModuleOutline::slug).containsExactlyElementsOf(STARTER);
		assertThat(en).extracting(ModuleOutline::position).containsExactly(1, 2, 3);
		assertThat(en).extracting(ModuleOutline::audience).containsExactly("anyone", "centre-staff",
				"partners-and-field-staff");
		assertThat(en.stream().mapToInt(ModuleOutline::sessionCount).sum()).isGreaterThanOrEqualTo(12);
		assertThat(en).allSatisfy(m -> assertThat(m.sessionCount()).isGreaterThanOrEqualTo(3));
		for (String slug : STARTER) {
			ModuleOutline fr = manual.module(slug, Language.FR).orElseThrow();
			ModuleOutline english = manual.module(slug, Language.EN).orElseThrow();
			assertThat(fr.title()).as("translated title of " + slug).isNotEqualTo(english.title());
			assertThat(manual.questions(slug, Language.EN)).as("question bank of " + slug).isNotEmpty();
			assertThat(manual.questions(slug, Language.FR)).allSatisfy(q -> {
				assertThat(q.choices()).hasSizeBetween(3, 4);
				assertThat(q.correctIndex()).isBetween(0, q.choices().size() - 1);
			});
		}
	}

	@Test
	void everySessionIsInFrenchAndEnglish() {
		for (String slug : STARTER) {
			for (SessionCard s : pages.module(slug, Language.FR).sessions()) {
				assertThat(s.textLanguage()).as(s.slug()).isEqualTo(Language.FR);
			}
		}
	}

	@Test
	void eachModulesAgendaKeepsTheSessionOrderAndTheDayLength() {
		int day = properties.dayMinutes();
		for (String slug : STARTER) {
			ModulePage page = pages.module(slug, Language.EN);
			List<SessionCard> inDays = new ArrayList<>();
			for (AgendaDay d : page.days()) {
				inDays.addAll(d.sessions());
				assertThat(d.minutes()).isEqualTo(d.sessions().stream().mapToInt(SessionCard::minutes).sum());
				assertThat(d.minutes() <= day || d.sessions().size() == 1).as(slug + " day " + d.number()).isTrue();
			}
			assertThat(inDays).isEqualTo(page.sessions());
			for (int i = 0; i + 1 < page.days().size(); i++) {
				int next = page.days().get(i + 1).sessions().get(0).minutes();
				assertThat(page.days().get(i).minutes() + next).as("the next session would not have fitted").isGreaterThan(day);
			}
			assertThat(page.days().stream().mapToInt(AgendaDay::minutes).sum()).isEqualTo(page.module().totalMinutes());
		}
	}

}
