package org.fieldguide.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry's text as translation units: {@code title}, {@code summary}, {@code key-1..n} and the body as
 * {@code body-1..n}, one unit per Markdown block (blocks are separated by blank lines; a fenced code block
 * stays one block even with blank lines inside). Markdown inline syntax stays in the text as typed, so a
 * translator sees {@code **bold**} and keeps it; the importer does not check it.
 */
final class XliffUnits {

	private XliffUnits() {
	}

	/** Unit id → text, in document order. */
	static Map<String, String> of(RevisionText text) {
		Map<String, String> units = new LinkedHashMap<>();
		units.put("title", text.title());
		units.put("summary", text.summary());
		for (int i = 0; i < text.keyPoints().size(); i++) {
			units.put("key-" + (i + 1), text.keyPoints().get(i));
		}
		List<String> blocks = blocks(text.bodyMarkdown());
		for (int i = 0; i < blocks.size(); i++) {
			units.put("body-" + (i + 1), blocks.get(i));
		}
		return units;
	}

	/**
	 * Targets for the source's units from an existing translation: block by block while both have blocks;
	 * a translation with more blocks than the source puts the rest into the last body unit, so exporting and
	 * importing again never loses text.
	 */
	static Map<String, String> targets(Map<String, String> sourceUnits, RevisionText translation) {
		Map<String, String> mine = of(translation);
		Map<String, String> targets = new LinkedHashMap<>();
		targets.put("title", translation.title());
		targets.put("summary", translation.summary());
		List<String> sourceKeys = ids(sourceUnits, "key-");
		List<String> sourceBody = ids(sourceUnits, "body-");
		fill(targets, sourceKeys, values(mine, "key-"), "\n");
		fill(targets, sourceBody, values(mine, "body-"), "\n\n");
		return targets;
	}

	/** The text back from units (all present): key points in order, body blocks joined by a blank line. */
	static RevisionText assemble(Map<String, String> units) {
		List<String> keys = values(units, "key-").stream().flatMap(String::lines).toList();
		List<String> body = values(units, "body-").stream().filter(b -> !b.isBlank()).toList();
		return new RevisionText(units.get("title"), units.get("summary"), keys, String.join("\n\n", body));
	}

	static List<String> blocks(String markdown) {
		List<String> blocks = new ArrayList<>();
		StringBuilder block = new StringBuilder();
		boolean fenced = false;
		for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
			if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
				fenced = !fenced;
			}
			if (line.isBlank() && !fenced) {
				if (!block.isEmpty()) {
					blocks.add(block.toString());
					block.setLength(0);
				}
				continue;
			}
			if (!block.isEmpty()) {
				block.append('\n');
			}
			block.append(line);
		}
		if (!block.isEmpty()) {
			blocks.add(block.toString());
		}
		return blocks;
	}

	private static void fill(Map<String, String> targets, List<String> ids, List<String> values, String joiner) {
		for (int i = 0; i < ids.size() && i < values.size(); i++) {
			boolean last = i == ids.size() - 1;
			targets.put(ids.get(i), last ? String.join(joiner, values.subList(i, values.size())) : values.get(i));
		}
	}

	private static List<String> ids(Map<String, String> units, String prefix) {
		return units.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
	}

	private static List<String> values(Map<String, String> units, String prefix) {
		return units.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).toList();
	}

}
