package org.fieldguide.guide;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.fieldguide.access.Viewer;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.guide.GuideViews.FacetOption;
import org.fieldguide.guide.GuideViews.ResourceFilter;
import org.fieldguide.guide.GuideViews.ResourceItem;
import org.fieldguide.guide.GuideViews.ResourceLibrary;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource library: readable resources narrowed by category, phase, type and language, with the
 * number of matches per filter value. Counts are made from the readable set only, so a count never
 * reveals a restricted resource.
 */
@Service
@Transactional(readOnly = true)
public class ResourceLibraryQuery {

	private final ResourceRepository resources;

	private final EntryRepository entries;

	private final CategoryRepository categories;

	private final VisibilityPolicy policy;

	private final ResourceViews views;

	ResourceLibraryQuery(ResourceRepository resources, EntryRepository entries, CategoryRepository categories,
			VisibilityPolicy policy, ResourceViews views) {
		this.resources = resources;
		this.entries = entries;
		this.categories = categories;
		this.policy = policy;
		this.views = views;
	}

	public ResourceLibrary find(ResourceFilter filter, Language language, Viewer viewer) {
		boolean staff = policy.mayReadStaff(viewer);
		List<Resource> all = resources.findReadable(staff);
		Map<Long, Set<String>> categoriesOf = new HashMap<>();
		Map<Long, Set<Phase>> phasesOf = new HashMap<>();
		Map<Long, Set<Phase>> entryPhases = new HashMap<>();
		for (Entry e : entries.findAllReadable(staff)) {
			entryPhases.put(e.id(), Set.copyOf(e.phases()));
		}
		for (Object[] link : resources.findReadableLinks(staff)) {
			Long resourceId = (Long) link[0];
			categoriesOf.computeIfAbsent(resourceId, k -> new HashSet<>()).add((String) link[2]);
			phasesOf.computeIfAbsent(resourceId, k -> EnumSet.noneOf(Phase.class))
				.addAll(entryPhases.getOrDefault((Long) link[1], Set.of()));
		}

		Predicate<Resource> byCategory = r -> filter.category() == null
				|| categoriesOf.getOrDefault(r.id(), Set.of()).contains(filter.category());
		Predicate<Resource> byPhase = r -> filter.phase() == null
				|| phasesOf.getOrDefault(r.id(), Set.of()).contains(filter.phase());
		Predicate<Resource> byType = r -> filter.type() == null || r.type() == filter.type();
		Predicate<Resource> byLanguage = r -> filter.language() == null
				|| r.files().containsKey(filter.language().code());

		List<Resource> matching = all.stream().filter(byCategory.and(byPhase).and(byType).and(byLanguage)).toList();

		Map<String, List<FacetOption>> facets = new LinkedHashMap<>();
		List<Resource> forCategory = all.stream().filter(byPhase.and(byType).and(byLanguage)).toList();
		List<FacetOption> categoryOptions = new ArrayList<>();
		for (Category c : categories.findReadable(staff)) {
			LocalText text = LocalText.choose(c.texts(), language).text();
			long count = forCategory.stream().filter(r -> categoriesOf.getOrDefault(r.id(), Set.of()).contains(c.slug())).count();
			categoryOptions.add(new FacetOption(c.slug(), text.title(), count, c.slug().equals(filter.category())));
		}
		facets.put("category", categoryOptions);
		List<Resource> forPhase = all.stream().filter(byCategory.and(byType).and(byLanguage)).toList();
		List<FacetOption> phaseOptions = new ArrayList<>();
		for (Phase p : Phase.values()) {
			long count = forPhase.stream().filter(r -> phasesOf.getOrDefault(r.id(), Set.of()).contains(p)).count();
			phaseOptions.add(new FacetOption(p.slug(), p.slug(), count, p == filter.phase()));
		}
		facets.put("phase", phaseOptions);
		List<Resource> forType = all.stream().filter(byCategory.and(byPhase).and(byLanguage)).toList();
		List<FacetOption> typeOptions = new ArrayList<>();
		for (ResourceType t : ResourceType.values()) {
			long count = forType.stream().filter(r -> r.type() == t).count();
			typeOptions.add(new FacetOption(t.slug(), t.slug(), count, t == filter.type()));
		}
		facets.put("type", typeOptions);
		List<Resource> forLanguage = all.stream().filter(byCategory.and(byPhase).and(byType)).toList();
		List<FacetOption> languageOptions = new ArrayList<>();
		for (Language l : Language.values()) {
			long count = forLanguage.stream().filter(r -> r.files().containsKey(l.code())).count();
			languageOptions.add(new FacetOption(l.code(), l.nativeName(), count, l == filter.language()));
		}
		facets.put("language", languageOptions);

		List<ResourceItem> items = views.items(matching, language);
		return new ResourceLibrary(items, facets);
	}

	/** Checks raw query parameters; a value that names nothing known is dropped and listed as ignored. */
	public ResourceFilter filter(String category, String phase, String type, String language, Viewer viewer) {
		List<String> ignored = new ArrayList<>();
		String checkedCategory = null;
		if (present(category)) {
			if (categories.findReadable(category, policy.mayReadStaff(viewer)).isPresent()) {
				checkedCategory = category;
			}
			else {
				ignored.add("category");
			}
		}
		Phase checkedPhase = present(phase) ? Phase.fromSlug(phase).orElse(null) : null;
		if (present(phase) && checkedPhase == null) {
			ignored.add("phase");
		}
		ResourceType checkedType = present(type) ? ResourceType.fromSlug(type).orElse(null) : null;
		if (present(type) && checkedType == null) {
			ignored.add("type");
		}
		Language checkedLanguage = present(language) ? Language.fromCode(language).orElse(null) : null;
		if (present(language) && checkedLanguage == null) {
			ignored.add("language");
		}
		return new ResourceFilter(checkedCategory, checkedPhase, checkedType, checkedLanguage, List.copyOf(ignored));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
