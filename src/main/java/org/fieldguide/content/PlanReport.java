package org.fieldguide.content;

import org.fieldguide.content.ImportPlan.Item;
import org.fieldguide.content.ImportPlan.Outcome;

/** An import plan as plain text, for the command line. */
final class PlanReport {

	private PlanReport() {
	}

	static String text(ImportPlan plan) {
		StringBuilder text = new StringBuilder();
		text.append(plan.applied() ? "Imported: " : "Dry run, nothing was changed. Importing would give: ")
			.append(plan.added()).append(" added, ")
			.append(plan.changed()).append(" changed, ")
			.append(plan.unchanged()).append(" unchanged; ")
			.append(plan.notInPackage()).append(" in the guide but not in the package (left alone)\n");
		for (Outcome outcome : new Outcome[] { Outcome.ADDED, Outcome.CHANGED, Outcome.NOT_IN_PACKAGE }) {
			for (Item item : plan.of(outcome)) {
				text.append("  ").append(label(outcome)).append(' ').append(item.kind().name().toLowerCase().replace('_', ' '))
					.append(' ').append(item.name());
				if (!item.fields().isEmpty()) {
					text.append(": ").append(String.join(", ", item.fields()));
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

	private static String label(Outcome outcome) {
		return switch (outcome) {
			case ADDED -> "added    ";
			case CHANGED -> "changed  ";
			case UNCHANGED -> "unchanged";
			case NOT_IN_PACKAGE -> "only in guide";
		};
	}

}
