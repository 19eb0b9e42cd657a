package org.fieldguide.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualSnapshot;
import org.fieldguide.training.ManualSnapshot.ModuleData;
import org.fieldguide.training.ManualSnapshot.ModuleText;
import org.fieldguide.training.ManualSnapshot.SessionData;
import org.fieldguide.training.ManualSnapshot.SessionText;

/**
 * Reads and checks the {@code training/} part of a content package (the training manual, described in
 * {@code docs/content-packages.md}) into a {@link ManualSnapshot}. Like {@link PackageReader} it writes
 * nothing and stops at the first problem, naming the file and line; entries and resources a session
 * names must exist in the package or the guide.
 */
class TrainingPackageReader {

	private static final Pattern MODULE_FILE = Pattern.compile("training/([^/]+)/module\\.yaml");

	private static final Pattern QUESTIONS_FILE = Pattern.compile("training/([^/]+)/questions\\.yaml");

	private static final Pattern NOTES_FILE = Pattern.compile("training/([^/]+)/([^/]+)\\.([a-z]{2})\\.notes\\.md");

	private static final Pattern SESSION_FILE = Pattern.compile("training/([^/]+)/([^/]+)\\.([a-z]{2})\\.md");

	private static final Set<String> SOURCE_FIELDS = Set.of("title", "position", "duration", "method", "objectives",
			"materials", "entries");

	private static final Set<String> TRANSLATION_FIELDS = Set.of("title", "objectives");

	private final PackageSource source;

	private final Set<String> entries;

	private final Set<String> resources;

	private TrainingPackageReader(PackageSource source, Set<String> entries, Set<String> resources) {
		this.source = source;
		this.entries = entries;
		this.resources = resources;
	}

	/**
	 * @param entries slugs of entries in the package or already in the guide
	 * @param resources slugs of resources in the package or already in the guide
	 */
	static ManualSnapshot read(PackageSource source, Set<String> entries, Set<String> resources) {
		return new TrainingPackageReader(source, entries, resources).read();
	}

	private ManualSnapshot read() {
		Map<String, String> moduleFiles = new TreeMap<>();
		Map<String, String> questionFiles = new HashMap<>();
		// module -> session -> language -> path
		Map<String, Map<String, Map<Language, String>>> sessionFiles = new TreeMap<>();
		Map<String, Map<Language, String>> notesFiles = new HashMap<>();
		Map<String, String> moduleOfSession = new HashMap<>();
		for (String path : source.paths()) {
			if (!path.startsWith("training/") || path.endsWith("/.gitkeep")) {
				continue;
			}
			Matcher m;
			if ((m = MODULE_FILE.matcher(path)).matches()) {
				moduleFiles.put(slug(path, m.group(1)), path);
			}
			else if ((m = QUESTIONS_FILE.matcher(path)).matches()) {
				questionFiles.put(m.group(1), path);
			}
			else if ((m = NOTES_FILE.matcher(path)).matches()) {
				notesFiles.computeIfAbsent(m.group(1) + "/" + slug(path, m.group(2)), k -> new EnumMap<>(Language.class))
					.put(language(path, m.group(3)), path);
			}
			else if ((m = SESSION_FILE.matcher(path)).matches()) {
				String session = slug(path, m.group(2));
				String previous = moduleOfSession.putIfAbsent(session, m.group(1));
				if (previous != null && !previous.equals(m.group(1))) {
					throw new ContentPackageException(path, 0,
							"session '" + session + "' also exists in module " + previous + "; session slugs are unique in the manual");
				}
				sessionFiles.computeIfAbsent(m.group(1), k -> new TreeMap<>())
					.computeIfAbsent(session, k -> new EnumMap<>(Language.class))
					.put(language(path, m.group(3)), path);
			}
			else {
				throw new ContentPackageException(path, 0, "unexpected file; a training module folder holds module.yaml,"
						+ " questions.yaml, <session>.<lang>.md and <session>.<lang>.notes.md files");
			}
		}
		for (String module : sessionFiles.keySet()) {
			if (!moduleFiles.containsKey(module)) {
				throw new ContentPackageException("training/" + module + "/module.yaml", 0, "missing module file");
			}
		}
		for (Map.Entry<String, String> q : questionFiles.entrySet()) {
			if (!moduleFiles.containsKey(q.getKey())) {
				throw new ContentPackageException(q.getValue(), 0, "a question bank needs training/" + q.getKey() + "/module.yaml");
			}
		}
		for (Map.Entry<String, Map<Language, String>> notes : notesFiles.entrySet()) {
			String[] parts = notes.getKey().split("/");
			Map<Language, String> sessions = sessionFiles.getOrDefault(parts[0], Map.of()).getOrDefault(parts[1], Map.of());
			for (Map.Entry<Language, String> file : notes.getValue().entrySet()) {
				if (!sessions.containsKey(file.getKey())) {
					throw new ContentPackageException(file.getValue(), 0, "facilitator notes without their session file "
							+ parts[1] + "." + file.getKey().code() + ".md");
				}
			}
		}

		List<ModuleData> modules = new ArrayList<>();
		Map<Integer, String> positions = new HashMap<>();
		for (Map.Entry<String, String> file : moduleFiles.entrySet()) {
			String slug = file.getKey();
			List<SessionData> sessions = new ArrayList<>();
			for (Map.Entry<String, Map<Language, String>> s : sessionFiles.getOrDefault(slug, Map.of()).entrySet()) {
				sessions.add(session(s.getKey(), s.getValue(), notesFiles.getOrDefault(slug + "/" + s.getKey(), Map.of())));
			}
			sessions.sort((a, b) -> Integer.compare(a.position(), b.position()));
			ModuleData module = module(file.getValue(), slug, sessions);
			String clash = positions.put(module.position(), slug);
			if (clash != null) {
				throw new ContentPackageException(file.getValue(), 0, "position " + module.position() + " is also module " + clash + "'s");
			}
			String questions = questionFiles.get(slug);
			modules.add(questions == null ? module : new ModuleData(module.slug(), module.position(), module.audience(),
					module.texts(), module.sessions(), QuestionBankReader.read(questions, text(questions))));
		}
		modules.sort((a, b) -> Integer.compare(a.position(), b.position()));
		return new ManualSnapshot(modules);
	}

	private ModuleData module(String path, String slug, List<SessionData> sessions) {
		YamlFields yaml = YamlFields.parse(text(path), path, 0);
		String audience = yaml.string("audience");
		if (!ManualSnapshot.AUDIENCES.contains(audience)) {
			throw yaml.error("audience", "unknown audience '" + audience + "'; use one of " + ManualSnapshot.AUDIENCES);
		}
		Map<Language, ModuleText> texts = new EnumMap<>(Language.class);
		Map<String, String> descriptions = yaml.map("description");
		for (Map.Entry<String, String> title : yaml.map("title").entrySet()) {
			Language language = Language.fromCode(title.getKey())
				.orElseThrow(() -> yaml.error("title", title.getKey(), "unknown language '" + title.getKey() + "'"));
			texts.put(language, new ModuleText(title.getValue().strip(), descriptions.get(title.getKey())));
		}
		if (!texts.containsKey(Language.SOURCE) || !descriptions.containsKey(Language.SOURCE.code())) {
			throw yaml.error("title", "a title and a description in the source language (en) are required");
		}
		return new ModuleData(slug, yaml.integer("position"), audience, texts, sessions, List.of());
	}

	private SessionData session(String slug, Map<Language, String> files, Map<Language, String> notes) {
		String sourcePath = files.get(Language.SOURCE);
		if (sourcePath == null) {
			throw new ContentPackageException(files.values().iterator().next(), 0,
					"no source-language file " + slug + ".en.md for this translation");
		}
		FrontMatter source = FrontMatter.split(text(sourcePath), sourcePath);
		YamlFields yaml = source.fields();
		for (String name : yaml.names()) {
			if (!SOURCE_FIELDS.contains(name)) {
				throw yaml.error(name, "unknown field '" + name + "'");
			}
		}
		int minutes = yaml.integer("duration");
		if (minutes < 15 || minutes > 480) {
			throw yaml.error("duration", "a duration is 15 to 480 minutes, not " + minutes);
		}
		String method = yaml.string("method");
		if (!ManualSnapshot.METHODS.contains(method)) {
			throw yaml.error("method", "unknown method '" + method + "'; use one of " + ManualSnapshot.METHODS);
		}
		List<String> taught = yaml.strings("entries");
		if (taught.isEmpty()) {
			throw yaml.error("entries", "a session teaches at least one guide entry");
		}
		for (String entry : taught) {
			if (!entries.contains(entry)) {
				throw yaml.error("entries", "entry '" + entry + "' does not exist in the guide");
			}
		}
		List<String> materials = yaml.strings("materials");
		for (String resource : materials) {
			if (!resources.contains(resource)) {
				throw yaml.error("materials", "resource '" + resource + "' does not exist in the guide");
			}
		}
		Map<Language, SessionText> texts = new EnumMap<>(Language.class);
		SessionText sourceText = text(source, -1, notes.get(Language.SOURCE));
		texts.put(Language.SOURCE, sourceText);
		for (Map.Entry<Language, String> file : files.entrySet()) {
			if (file.getKey() != Language.SOURCE) {
				FrontMatter translation = FrontMatter.split(text(file.getValue()), file.getValue());
				for (String name : translation.fields().names()) {
					if (!TRANSLATION_FIELDS.contains(name)) {
						throw translation.fields().error(name, SOURCE_FIELDS.contains(name)
								? "'" + name + "' belongs in the source-language file only" : "unknown field '" + name + "'");
					}
				}
				texts.put(file.getKey(), text(translation, sourceText.objectives().size(), notes.get(file.getKey())));
			}
		}
		return new SessionData(slug, yaml.integer("position"), minutes, method, materials, taught, texts);
	}

	/** @param objectiveCount the source's number of objectives, which a translation must match; -1 for the source */
	private SessionText text(FrontMatter file, int objectiveCount, String notesPath) {
		YamlFields yaml = file.fields();
		String title = yaml.string("title").strip();
		if (title.isEmpty() || title.length() > 200) {
			throw yaml.error("title", "a title has 1 to 200 characters");
		}
		List<String> objectives = yaml.strings("objectives").stream().map(String::strip).toList();
		if (objectiveCount < 0 && (objectives.size() < 2 || objectives.size() > 5)) {
			throw yaml.error("objectives", "a session has 2 to 5 learning objectives, not " + objectives.size());
		}
		if (objectiveCount >= 0 && objectives.size() != objectiveCount) {
			throw yaml.error("objectives", "the translation has " + objectives.size() + " objectives; the source has " + objectiveCount);
		}
		if (objectives.stream().anyMatch(o -> o.isEmpty() || o.contains("\n") || o.length() > 400)) {
			throw yaml.error("objectives", "each objective is one sentence on one line, at most 400 characters");
		}
		if (file.body().isBlank()) {
			throw new ContentPackageException(file.file(), file.bodyLine(), "the session has no plan (body text)");
		}
		String notes = notesPath == null ? null : text(notesPath).strip();
		if (notes != null && notes.isEmpty()) {
			throw new ContentPackageException(notesPath, 0, "the facilitator notes are empty");
		}
		return new SessionText(title, objectives, file.body(), notes);
	}

	private static Language language(String path, String code) {
		return Language.fromCode(code).orElseThrow(() -> new ContentPackageException(path, 0,
				"unknown language in the file name; use one of " + Language.codes()));
	}

	private static String slug(String path, String slug) {
		if (!PackageReader.SLUG.matcher(slug).matches() || slug.length() > 80) {
			throw new ContentPackageException(path, 0,
					"'" + slug + "' is not a valid slug (lower-case ASCII words joined by single hyphens)");
		}
		return slug;
	}

	private String text(String path) {
		String text = new String(source.read(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
		if (text.contains("\uFFFD")) {
			throw new ContentPackageException(path, 0, "not UTF-8 text");
		}
		return text;
	}

}
