package org.fieldguide.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.fieldguide.guide.CentreTags;
import org.fieldguide.guide.GuideViews.PackEntry;
import org.fieldguide.guide.Phase;

/**
 * What a reader ticked on the packs page, read from the query: phases, typologies, categories and
 * hand-picked entries (by slug), each sorted and without duplicates, so that equal choices give one
 * canonical address and share one cached pack. Nothing here is checked against the guide yet:
 * {@link #resolve} does that for one viewer's readable entries.
 */
record PackChoice(SortedSet<String> phases, SortedSet<String> typologies, SortedSet<String> categories,
		SortedSet<String> entries) {

	static final List<String> KINDS = List.of("phase", "typology", "category", "entry");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	private static final int MAX_VALUES = 400;

	/** Why a choice cannot make a pack; each has a message {@code pack.error.<key>}. */
	enum Problem {

		EMPTY("empty"), UNKNOWN("unknown"), NO_MATCH("noMatch");

		final String key;

		Problem(String key) {
			this.key = key;
		}

	}

	/** A choice the reader's parameters could not even be read as. */
	static final class Invalid extends RuntimeException {

		final transient PackChoice partial;

		Invalid(PackChoice partial) {
			super("Not a field pack choice", null, false, false);
			this.partial = partial;
		}

	}

	/**
	 * The choice in a query; {@link Invalid} (with what could be read, to tick again) for a value that is
	 * no slug, too many values, or a parameter that is not one of the four kinds (other than
	 * {@code allowed}).
	 */
	static PackChoice of(Map<String, String[]> parameters, Set<String> allowed) {
		Map<String, SortedSet<String>> kinds = new LinkedHashMap<>();
		KINDS.forEach(k -> kinds.put(k, new TreeSet<>()));
		boolean bad = false;
		int count = 0;
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			SortedSet<String> values = kinds.get(parameter.getKey());
			if (values == null) {
				bad |= !allowed.contains(parameter.getKey());
				continue;
			}
			for (String value : parameter.getValue()) {
				count++;
				if (value != null && SLUG.matcher(value).matches()) {
					values.add(value);
				}
				else {
					bad = true;
				}
			}
		}
		PackChoice choice = new PackChoice(kinds.get("phase"), kinds.get("typology"), kinds.get("category"),
				kinds.get("entry"));
		if (bad || count > MAX_VALUES) {
			throw new Invalid(choice);
		}
		return choice;
	}

	static PackChoice none() {
		return new PackChoice(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
	}

	boolean isEmpty() {
		return phases.isEmpty() && typologies.isEmpty() && categories.isEmpty() && entries.isEmpty();
	}

	/** {@code phase=a&phase=b&typology=…&category=…&entry=…}: the canonical query of this choice. */
	String query() {
		List<String> parts = new ArrayList<>();
		add(parts, "phase", phases);
		add(parts, "typology", typologies);
		add(parts, "category", categories);
		add(parts, "entry", entries);
		return String.join("&", parts);
	}

	private static void add(List<String> parts, String name, Collection<String> values) {
		values.forEach(v -> parts.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
	}

	/** A short name for files and cache keys: a hash of the canonical query. */
	String id() {
		return Integer.toHexString(query().hashCode() & 0x7fffffff);
	}

	/**
	 * The entries of the pack among those a viewer may read, in guide order: the hand-picked ones, those
	 * that match every chosen kind (any value within a kind), and the sub-entries of all of them.
	 *
	 * @throws Rejected when nothing is chosen, a value is unknown to this viewer, or nothing matches
	 */
	List<PackEntry> resolve(List<PackEntry> readable) {
		if (isEmpty()) {
			throw new Rejected(Problem.EMPTY);
		}
		Set<String> knownCategories = new LinkedHashSet<>();
		Set<String> knownTypologies = new LinkedHashSet<>();
		Set<String> knownEntries = new LinkedHashSet<>();
		for (PackEntry e : readable) {
			knownCategories.add(e.categorySlug());
			knownTypologies.addAll(e.typologies());
			knownEntries.add(e.slug());
		}
		boolean unknown = phases.stream().anyMatch(p -> Phase.fromSlug(p).isEmpty())
				|| typologies.stream().anyMatch(t -> !CentreTags.TYPOLOGIES.contains(t) || !knownTypologies.contains(t))
				|| !knownCategories.containsAll(categories) || !knownEntries.containsAll(entries);
		if (unknown) {
			throw new Rejected(Problem.UNKNOWN);
		}
		boolean filtered = !phases.isEmpty() || !typologies.isEmpty() || !categories.isEmpty();
		Set<String> chosen = new LinkedHashSet<>();
		for (PackEntry e : readable) {
			boolean matches = filtered
					&& (phases.isEmpty() || e.phases().stream().anyMatch(p -> phases.contains(p.slug())))
					&& (typologies.isEmpty() || e.typologies().stream().anyMatch(typologies::contains))
					&& (categories.isEmpty() || categories.contains(e.categorySlug()));
			boolean underChosen = e.parentSlug() != null && chosen.contains(e.parentSlug());
			if (matches || entries.contains(e.slug()) || underChosen) {
				chosen.add(e.slug());
			}
		}
		if (chosen.isEmpty()) {
			throw new Rejected(Problem.NO_MATCH);
		}
		return readable.stream().filter(e -> chosen.contains(e.slug())).toList();
	}

	/** A choice that makes no pack, for the reader to change. */
	static final class Rejected extends RuntimeException {

		final Problem problem;

		Rejected(Problem problem) {
			super(problem.key, null, false, false);
			this.problem = problem;
		}

	}

}
