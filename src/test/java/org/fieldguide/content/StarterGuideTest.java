package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fieldguide.access.Visibility;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.platform.Language;
import org.junit.jupiter.api.Test;

/** The bundled starter guide is a complete, well-formed guide, as the foundation issue describes it. */
class StarterGuideTest {

	private static final GuideSnapshot GUIDE = PackageReader.read(PackageSource.classpath(StarterGuideLoader.LOCATION),
			Set.of());

	@Test
	void hasTheFourCategoriesInOrder() {
		assertThat(GUIDE.categories()).extracting(GuideSnapshot.CategoryData::slug)
			.containsExactly("administration", "centre-management", "protection-and-assistance",
					"information-management");
		GUIDE.categories().forEach(c -> assertThat(c.texts().keySet()).containsExactlyInAnyOrder(Language.values()));
	}

	@Test
	void hasAtLeastSevenEntriesPerCategoryAndTwentyEightInAll() {
		assertThat(GUIDE.entries()).hasSizeGreaterThanOrEqualTo(28);
		Map<String, Long> perCategory = GUIDE.entries()
			.stream()
			.collect(Collectors.groupingBy(EntryData::category, Collectors.counting()));
		assertThat(perCategory.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(7));
	}

	@Test
	void everyTextIsBetween250And700WordsWithSummaryAndKeyPoints() {
		for (EntryData entry : GUIDE.entries()) {
			entry.texts().forEach((language, text) -> {
				int words = words(text.markdown());
				assertThat(words).as(entry.slug() + "." + language.code() + " words").isBetween(250, 700);
				assertThat(text.summary()).as(entry.slug() + " summary").isNotBlank();
				assertThat(text.keyPoints()).as(entry.slug() + " key points").hasSizeBetween(3, 6);
			});
			assertThat(entry.related()).as(entry.slug() + " related").isNotEmpty();
			assertThat(entry.topics()).as(entry.slug() + " topics").isNotEmpty();
		}
	}

	@Test
	void everyEntryHasHeadingsNumberedStepsAndAFieldBox() {
		for (EntryData entry : GUIDE.entries()) {
			String body = entry.texts().get(Language.EN).markdown();
			assertThat(body).as(entry.slug()).contains("\n## ").containsPattern("(?m)^1\\. ").contains("> [!FIELD]");
			assertThat(body).as(entry.slug() + " has no level-one heading").doesNotContainPattern("(?m)^# ");
		}
		long withTables = GUIDE.entries().stream().filter(e -> e.texts().get(Language.EN).markdown().contains("\n|")).count();
		long withChecklists = GUIDE.entries().stream().filter(e -> e.texts().get(Language.EN).markdown().contains("- [ ]")).count();
		assertThat(withTables).isGreaterThanOrEqualTo(GUIDE.entries().size() / 2);
		assertThat(withChecklists).isGreaterThanOrEqualTo(GUIDE.entries().size() / 2);
	}

	@Test
	void coversLanguagesSoThatFallbackIsExercised() {
		assertThat(GUIDE.entries()).allSatisfy(e -> assertThat(e.texts()).containsKeys(Language.EN, Language.FR));
		Map<String, List<EntryData>> byCategory = GUIDE.entries().stream().collect(Collectors.groupingBy(EntryData::category));
		assertThat(byCategory.values()).anySatisfy(entries -> assertThat(entries)
			.allSatisfy(e -> assertThat(e.texts()).containsKey(Language.ES)));
		assertThat(GUIDE.entries().stream().filter(e -> e.texts().containsKey(Language.AR))).hasSizeGreaterThanOrEqualTo(3);
		assertThat(GUIDE.entries().stream().filter(e -> !e.texts().containsKey(Language.AR))).isNotEmpty();
	}

	@Test
	void namesEveryTypologyAndManagementModel() {
		Set<String> typologies = GUIDE.entries().stream().flatMap(e -> e.typologies().stream()).collect(Collectors.toSet());
		Set<String> models = GUIDE.entries().stream().flatMap(e -> e.managementModels().stream()).collect(Collectors.toSet());
		assertThat(typologies).isEqualTo(Set.copyOf(org.fieldguide.guide.CentreTags.TYPOLOGIES));
		assertThat(models).isEqualTo(Set.copyOf(org.fieldguide.guide.CentreTags.MANAGEMENT_MODELS));
		assertThat(GUIDE.entries().stream().filter(e -> "typologies-of-facilities".equals(e.parent()))).hasSize(6);
	}

	@Test
	void hasOnAverageTwoResourcesPerEntryWithRealFiles() {
		long links = GUIDE.resources().stream().mapToLong(r -> r.entries().size()).sum();
		assertThat(GUIDE.resources().size()).isGreaterThanOrEqualTo(2 * GUIDE.entries().size());
		assertThat(links).isGreaterThanOrEqualTo(2L * GUIDE.entries().size());
		for (ResourceData resource : GUIDE.resources()) {
			assertThat(resource.files()).as(resource.slug()).containsKey(Language.EN);
			resource.files().values().forEach(f -> assertThat(f.sizeBytes()).as(f.fileName()).isGreaterThan(200));
		}
		Set<String> formats = GUIDE.resources()
			.stream()
			.flatMap(r -> r.files().values().stream())
			.map(f -> f.fileName().substring(f.fileName().lastIndexOf('.') + 1))
			.collect(Collectors.toSet());
		assertThat(formats).contains("pdf", "docx", "xlsx", "csv");
	}

	@Test
	void hasStaffEntriesAndResources() {
		assertThat(GUIDE.entries().stream().filter(e -> e.visibility() == Visibility.STAFF)).hasSizeGreaterThanOrEqualTo(4);
		assertThat(GUIDE.resources().stream().filter(r -> r.visibility() == Visibility.STAFF)).hasSizeGreaterThanOrEqualTo(4);
	}

	static int words(String markdown) {
		String text = markdown.replaceAll("[|#>*`\\[\\]!-]", " ");
		return text.isBlank() ? 0 : text.strip().split("\\s+").length;
	}

}
