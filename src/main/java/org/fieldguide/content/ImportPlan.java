package org.fieldguide.content;

import java.util.List;

/**
 * What importing a package does (or did) to the guide, item by item: each category, entry, entry
 * translation, resource and resource file of the package is added, changed (with the fields that
 * differ) or left alone because it is unchanged; what the guide has and the package does not is
 * listed as {@link Outcome#NOT_IN_PACKAGE} and is never touched.
 *
 * @param applied whether the plan was carried out (false for a dry run)
 */
public record ImportPlan(List<Item> items, boolean applied) {

	public enum Kind {
		CATEGORY, ENTRY, TRANSLATION, RESOURCE, FILE, TRAINING_MODULE
	}

	public enum Outcome {
		ADDED, CHANGED, UNCHANGED, NOT_IN_PACKAGE
	}

	/**
	 * @param name the item's slug; a translation or file adds its language, as {@code slug (fr)}
	 * @param fields for a changed item, the package fields that differ from the guide
	 */
	public record Item(Kind kind, String name, Outcome outcome, List<String> fields) {
	}

	public ImportPlan {
		items = List.copyOf(items);
	}

	public int added() {
		return count(Outcome.ADDED);
	}

	public int changed() {
		return count(Outcome.CHANGED);
	}

	public int unchanged() {
		return count(Outcome.UNCHANGED);
	}

	public int notInPackage() {
		return count(Outcome.NOT_IN_PACKAGE);
	}

	public List<Item> of(Outcome outcome) {
		return items.stream().filter(i -> i.outcome() == outcome).toList();
	}

	/** Whether applying it would change anything. */
	public boolean changesSomething() {
		return added() + changed() > 0;
	}

	ImportPlan asApplied() {
		return new ImportPlan(items, true);
	}

	private int count(Outcome outcome) {
		return (int) items.stream().filter(i -> i.outcome() == outcome).count();
	}

}
