package org.fieldguide.editorial;

import java.util.List;
import java.util.function.Function;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * A side-by-side line diff of two texts (title, summary, key points, then the Markdown body), as plain
 * text: pages escape it like any other text, so nothing an editor writes can become markup here.
 */
public final class RevisionDiff {

	/** One row: what changed, the old line and the new line (empty where a line was added or removed). */
	public record Line(Kind kind, String oldText, String newText) {
	}

	public enum Kind {

		SAME, ADDED, REMOVED, CHANGED;

		public String css() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(false)
		.lineNormalizer(Function.identity())
		.build();

	private RevisionDiff() {
	}

	public static List<Line> between(RevisionText older, RevisionText newer) {
		return between(older.asLines(), newer.asLines());
	}

	/** Any two line forms, such as those of a category or resource (StructureLines). */
	public static List<Line> between(List<String> older, List<String> newer) {
		return GENERATOR.generateDiffRows(older, newer).stream().map(RevisionDiff::line).toList();
	}

	/** Whether any line differs. */
	public static boolean changed(List<Line> lines) {
		return lines.stream().anyMatch(l -> l.kind() != Kind.SAME);
	}

	private static Line line(DiffRow row) {
		Kind kind = switch (row.getTag()) {
			case EQUAL -> Kind.SAME;
			case INSERT -> Kind.ADDED;
			case DELETE -> Kind.REMOVED;
			case CHANGE -> Kind.CHANGED;
		};
		return new Line(kind, row.getOldLine(), row.getNewLine());
	}

}
