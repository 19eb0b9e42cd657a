package org.fieldguide.editorial;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fieldguide.access.Visibility;
import org.fieldguide.content.StarterGuide;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.platform.Language;

/** Entries of the starter guide that tests edit: public ones (readable anonymously) translated into French. */
final class StarterEntries {

	static final GuideSnapshot STARTER = StarterGuide.snapshot();

	private StarterEntries() {
	}

	static List<EntryData> publicInFrench() {
		Set<String> publicCategories = STARTER.categories()
			.stream()
			.filter(c -> c.visibility() == Visibility.PUBLIC)
			.map(GuideSnapshot.CategoryData::slug)
			.collect(Collectors.toSet());
		return STARTER.entries()
			.stream()
			.filter(e -> e.visibility() == Visibility.PUBLIC && e.parent() == null && publicCategories.contains(e.category()))
			.filter(e -> e.texts().containsKey(Language.FR))
			.toList();
	}

	static String path(EntryData entry, Language language) {
		return "/" + language.code() + "/toolkit/" + entry.category() + "/" + entry.slug();
	}

}
