package org.fieldguide.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small content packages built in memory for tests: a valid one, and ways to break it. */
final class Packages {

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	static final String BODY = "## What to do\n\n1. First step.\n2. Second step.\n\n> [!FIELD] A night shift\n> The team kept a light on.\n";

	/** One public category with one entry in English and French, one resource with a file. */
	static Packages valid(String prefix) {
		Packages p = new Packages();
		p.put("package.yaml", "format: 1\ntitle: Test\nsource_language: en\n");
		p.put("categories/" + prefix + "-cat/category.yaml",
				"position: 9\nvisibility: public\ntitle:\n  en: " + prefix + " category\ndescription:\n  en: About it\n");
		p.put("categories/" + prefix + "-cat/" + prefix + "-entry.en.md", entry(prefix + " entry", "phases: [set-up]"));
		p.put("categories/" + prefix + "-cat/" + prefix + "-entry.fr.md",
				"---\ntitle: Entrée\nsummary: Résumé\nkey_points:\n  - Un\n---\n" + BODY);
		p.put("resources/" + prefix + "-tool.yaml", "type: tool\nvisibility: public\nentries: [" + prefix
				+ "-entry]\ntitle:\n  en: A tool\nfiles:\n  en: " + prefix + "-tool.en.csv\n");
		p.put("resources/files/" + prefix + "-tool.en.csv", "name,date\nA,2026-01-01\n");
		return p;
	}

	static String entry(String title, String extraFrontMatter) {
		return "---\ntitle: " + title + "\nsummary: What it is about\nkey_points:\n  - One\nposition: 1\nvisibility: public\n"
				+ extraFrontMatter + "\n---\n" + BODY;
	}

	Packages put(String path, String text) {
		files.put(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return this;
	}

	Packages remove(String path) {
		files.remove(path);
		return this;
	}

	PackageSource source() {
		return PackageSource.of(files);
	}

}
