package org.fieldguide.training.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server for an inline {@code <svg>} (the template draws it; no
 * script). Each bar has a label, a value and its length in the chart's units; a table next to the chart
 * carries the same numbers for screen readers and for copying.
 *
 * @param max the value a full-length bar stands for
 */
public record Chart(List<Bar> bars, double max, int width, int height) {

	public static final int LABEL_WIDTH = 180;

	public static final int BAR_AREA = 260;

	public static final int ROW = 26;

	/** One bar: where it is drawn and what it says. {@code series} 0 or 1 picks its colour. */
	public record Bar(String label, String valueText, double x, double y, double length, int series) {
	}

	/** One bar per value; a null value draws no bar and says "–". */
	public static Chart of(List<String> labels, List<Double> values, double max, String unit) {
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			Double v = values.get(i);
			bars.add(new Bar(labels.get(i), text(v, unit), LABEL_WIDTH, i * ROW + 4, length(v, max), 0));
		}
		return new Chart(bars, max, LABEL_WIDTH + BAR_AREA + 60, labels.size() * ROW + 8);
	}

	/** Two bars per label (such as pre-test and post-test), the second just under the first. */
	public static Chart paired(List<String> labels, List<Double> first, List<Double> second, double max, String unit) {
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			double y = i * 2 * ROW + 4;
			bars.add(new Bar(labels.get(i), text(first.get(i), unit), LABEL_WIDTH, y, length(first.get(i), max), 0));
			bars.add(new Bar("", text(second.get(i), unit), LABEL_WIDTH, y + ROW - 4, length(second.get(i), max), 1));
		}
		return new Chart(bars, max, LABEL_WIDTH + BAR_AREA + 60, labels.size() * 2 * ROW + 8);
	}

	private static double length(Double value, double max) {
		return value == null || max <= 0 ? 0 : Math.round(Math.min(value, max) / max * BAR_AREA * 10) / 10.0;
	}

	private static String text(Double value, String unit) {
		if (value == null) {
			return "–";
		}
		return (value == Math.rint(value) ? String.valueOf(value.longValue())
				: String.format(java.util.Locale.ROOT, "%.1f", value)) + unit;
	}

	/** Labels longer than the label column would overlap the bars. */
	public static String shorten(String label) {
		return label.length() > 26 ? label.substring(0, 25) + "…" : label;
	}

}
