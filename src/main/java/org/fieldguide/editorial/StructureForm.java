package org.fieldguide.editorial;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fieldguide.access.Visibility;
import org.fieldguide.guide.GuideStructure.EntryStructure;
import org.fieldguide.guide.Phase;

/**
 * What the structure form sends. Topics and related entries are one per line; for a new entry the form
 * also carries its English text.
 */
record StructureForm(String slug, String category, String parent, Integer position, String visibility,
		List<String> phases, String topics, List<String> typologies, List<String> managementModels, String related,
		String title, String summary, String keyPoints, String body) {

	static StructureForm of(EntryStructure s) {
		return new StructureForm(s.slug(), s.categorySlug(), s.parentSlug(), s.position(), s.visibility().name(),
				s.phases().stream().map(Phase::slug).toList(), String.join("\n", s.topics()), s.typologies(),
				s.managementModels(), String.join("\n", s.related()), "", "", "", "");
	}

	static StructureForm empty() {
		return new StructureForm("", "", "", 1, Visibility.PUBLIC.name(), List.of(), "", List.of(), List.of(), "", "",
				"", "", "");
	}

	EntryStructure structure(String fixedSlug) {
		Set<Phase> chosen = EnumSet.noneOf(Phase.class);
		nonNull(phases).forEach(p -> Phase.fromSlug(p).ifPresent(chosen::add));
		Visibility v = "STAFF".equals(visibility) ? Visibility.STAFF : "PUBLIC".equals(visibility) ? Visibility.PUBLIC : null;
		return new EntryStructure(fixedSlug != null ? fixedSlug : strip(slug), strip(category),
				strip(parent).isEmpty() ? null : strip(parent), position == null ? -1 : position, v, chosen,
				lines(topics), nonNull(typologies), nonNull(managementModels), lines(related));
	}

	RevisionText text() {
		return RevisionText.of(title, summary, keyPoints, body);
	}

	public boolean hasPhase(Phase phase) {
		return nonNull(phases).contains(phase.slug());
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
	}

	private static List<String> nonNull(List<String> list) {
		return list == null ? List.of() : list;
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
