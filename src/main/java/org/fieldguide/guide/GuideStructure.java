package org.fieldguide.guide;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An entry's place and tags in the guide (category, parent, position, visibility, phases, topics,
 * typologies, management models, related entries), read and changed by a publisher, and new entries.
 * Changes apply at once and publish {@link GuideChanged}: structure is shared by all four languages and
 * has no text to review. Bad references are refused with {@link InvalidStructure} naming each problem as a
 * message key, before anything changes.
 */
@Service
public class GuideStructure {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public record EntryStructure(String slug, String categorySlug, String parentSlug, int position,
			Visibility visibility, Set<Phase> phases, List<String> topics, List<String> typologies,
			List<String> managementModels, List<String> related) {
	}

	/** What is wrong with a structure, as message keys ({@code structure.error.*}). */
	public static class InvalidStructure extends IllegalArgumentException {

		private final transient List<String> problems;

		public InvalidStructure(List<String> problems) {
			super(String.join(", ", problems));
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return problems;
		}

	}

	private final EntryRepository entries;

	private final CategoryRepository categories;

	private final VisibilityPolicy policy;

	private final GuideEditing editing;

	private final ApplicationEventPublisher events;

	GuideStructure(EntryRepository entries, CategoryRepository categories, VisibilityPolicy policy,
			GuideEditing editing, ApplicationEventPublisher events) {
		this.entries = entries;
		this.categories = categories;
		this.policy = policy;
		this.editing = editing;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public EntryStructure structure(String slug, Viewer viewer) {
		Entry e = entries.findReadable(slug, policy.mayReadStaff(viewer))
			.orElseThrow(() -> new NotFoundException("No entry " + slug));
		return new EntryStructure(e.slug(), e.category().slug(), e.parent() == null ? null : e.parent().slug(),
				e.position(), e.visibility(), e.phases().isEmpty() ? Set.of() : EnumSet.copyOf(e.phases()),
				List.copyOf(e.topics()), List.copyOf(e.typologies()), List.copyOf(e.managementModels()),
				e.related().stream().map(Entry::slug).toList());
	}

	@Transactional
	public void change(String slug, EntryStructure structure, Viewer publisher) {
		requirePublisher(publisher);
		Entry entry = entries.findReadable(slug, policy.mayReadStaff(publisher))
			.orElseThrow(() -> new NotFoundException("No entry " + slug));
		apply(entry, structure);
		events.publishEvent(new GuideChanged("structure of " + slug));
	}

	/** A new entry with its English text, published at once (readers always need the English text). */
	@Transactional
	public void create(EntryStructure structure, GuideEditing.PublishedText english, Viewer publisher) {
		requirePublisher(publisher);
		List<String> problems = new ArrayList<>();
		if (structure.slug() == null || structure.slug().length() > 80 || !SLUG.matcher(structure.slug()).matches()) {
			problems.add("structure.error.slug");
		}
		else if (entries.findBySlug(structure.slug()).isPresent()) {
			problems.add("structure.error.slugTaken");
		}
		Category category = categories.findBySlug(String.valueOf(structure.categorySlug())).orElse(null);
		if (category == null) {
			problems.add("structure.error.category");
		}
		if (!problems.isEmpty()) {
			throw new InvalidStructure(problems);
		}
		Entry entry = entries.save(new Entry(structure.slug(), category, null, structure.position(), structure.visibility()));
		apply(entry, structure);
		editing.publishTranslation(structure.slug(), Language.SOURCE, english, publisher);
	}

	private void apply(Entry entry, EntryStructure s) {
		List<String> problems = new ArrayList<>();
		Category category = categories.findBySlug(String.valueOf(s.categorySlug())).orElse(null);
		if (category == null) {
			problems.add("structure.error.category");
		}
		Entry parent = null;
		if (s.parentSlug() != null) {
			parent = entries.findBySlug(s.parentSlug()).orElse(null);
			for (Entry up = parent; up != null && !problems.contains("structure.error.parent"); up = up.parent()) {
				if (up.slug().equals(entry.slug())) {
					problems.add("structure.error.parent");
				}
			}
			if (parent == null) {
				problems.add("structure.error.parent");
			}
		}
		List<Entry> related = new ArrayList<>();
		for (String slug : s.related()) {
			entries.findBySlug(slug).filter(r -> !r.slug().equals(entry.slug())).ifPresentOrElse(related::add,
					() -> problems.add("structure.error.related"));
		}
		if (!CentreTags.TYPOLOGIES.containsAll(s.typologies())) {
			problems.add("structure.error.typologies");
		}
		if (!CentreTags.MANAGEMENT_MODELS.containsAll(s.managementModels())) {
			problems.add("structure.error.managementModels");
		}
		if (s.position() < 0 || s.position() > 10_000 || s.visibility() == null
				|| s.topics().stream().anyMatch(t -> t.isBlank() || t.length() > 80)) {
			problems.add("structure.error.values");
		}
		if (!problems.isEmpty()) {
			throw new InvalidStructure(problems.stream().distinct().toList());
		}
		entry.restructure(category, parent, s.position(), s.visibility());
		entry.phases().clear();
		entry.phases().addAll(s.phases());
		replace(entry.topics(), s.topics());
		replace(entry.typologies(), s.typologies());
		replace(entry.managementModels(), s.managementModels());
		entry.related().clear();
		entry.related().addAll(related.stream().distinct().toList());
	}

	private static void replace(Set<String> target, List<String> values) {
		target.clear();
		target.addAll(values);
	}

	private static void requirePublisher(Viewer viewer) {
		if (!viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only a publisher changes the structure of the guide");
		}
	}

}
