package org.fieldguide.content;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small training manuals in content packages, built in memory for tests: one module with two sessions
 * (one in English and French with facilitator notes and a staff-only entry, one in English only) and
 * a question bank; and ways to break it. Entries and resources named are those of the starter guide.
 */
public final class TrainingPackages {

	public static final String NOTES = "Split the room in pairs before the exercise: secret-facilitator-tip.";

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private final String prefix;

	private TrainingPackages(String prefix) {
		this.prefix = prefix;
	}

	public static TrainingPackages valid(String prefix) {
		TrainingPackages p = new TrainingPackages(prefix);
		String module = "training/" + prefix + "-module/";
		p.put("package.yaml", "format: 1\ntitle: Training test\nsource_language: en\n");
		p.put(module + "module.yaml", "position: 7\naudience: centre-staff\ntitle:\n  en: " + prefix
				+ " module\n  fr: Module " + prefix + "\ndescription:\n  en: For testing.\n  fr: Pour tester.\n");
		p.put(module + prefix + "-one.en.md", session("Staffing a centre", 1, 240,
				"materials: [hr-staffing-plan-template]\nentries: [human-resources, incident-reporting-chain]"));
		p.put(module + prefix + "-one.fr.md", "---\ntitle: Doter un centre en personnel\nobjectives:\n  - Expliquer le plan.\n"
				+ "  - Remplir le modèle.\n---\n## Déroulé\n\nTravail en binômes, 30 minutes.\n");
		p.put(module + prefix + "-one.en.notes.md", NOTES + "\n");
		p.put(module + prefix + "-two.en.md", session("Reporting incidents", 2, 180, "entries: [human-resources]"));
		p.put(module + "questions.yaml", "questions:\n  - key: first\n    text:\n      en: Who writes the staffing plan?\n"
				+ "      fr: Qui écrit le plan ?\n    choices:\n      - en: The manager\n        fr: Le responsable\n"
				+ "      - en: The donor\n        fr: Le bailleur\n      - en: Nobody\n        fr: Personne\n    correct: 1\n");
		return p;
	}

	public static String session(String title, int position, int minutes, String extra) {
		return "---\ntitle: " + title + "\nposition: " + position + "\nduration: " + minutes
				+ "\nmethod: group-work\nobjectives:\n  - Explain the staffing plan.\n  - Fill in the template.\n" + extra
				+ "\n---\n## Session plan\n\n1. Introduction, 10 minutes.\n2. Pairs fill in the template, 30 minutes.\n";
	}

	public String module() {
		return prefix + "-module";
	}

	public String path(String name) {
		return "training/" + prefix + "-module/" + name;
	}

	public TrainingPackages put(String path, String text) {
		files.put(path, text.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public TrainingPackages remove(String path) {
		files.remove(path);
		return this;
	}

	public PackageSource source() {
		return PackageSource.of(files);
	}

}
