package org.fieldguide.content;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldguide.access.Visibility;
import org.fieldguide.guide.CentreTags;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.CategoryData;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.guide.GuideSnapshot.FileData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.guide.GuideSnapshot.Text;
import org.fieldguide.guide.Phase;
import org.fieldguide.guide.ResourceType;
import org.fieldguide.platform.Language;

/**
 * Reads and checks a content package (format 1, described in {@code docs/content-packages.md}) into a
 * {@link GuideSnapshot}. It writes nothing; the first problem stops it with the file and line. The
 * snapshot's file entries carry the file's path in the package as their storage key until stored.
 */
class PackageReader {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern CATEGORY_FILE = Pattern.compile("categories/([^/]+)/category\\.yaml");

	private static final Pattern ENTRY_FILE = Pattern.compile("categories/([^/]+)/([^/]+)\\.([a-z]{2})\\.md");

	private static final Pattern RESOURCE_FILE = Pattern.compile("resources/([^/]+)\\.yaml");

	private static final Set<String> SOURCE_ONLY_FIELDS = Set.of("position", "visibility", "parent", "phases",
			"topics", "typologies", "management_models", "related");

	private static final Set<String> ENTRY_FIELDS = union(SOURCE_ONLY_FIELDS,
			Set.of("title", "summary", "key_points", "updated"));

	private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			Map.entry("odt", "application/vnd.oasis.opendocument.text"),
			Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
			Map.entry("csv", "text/csv; charset=UTF-8"), Map.entry("txt", "text/plain; charset=UTF-8"),
			Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
			Map.entry("webp", "image/webp"));

	private final PackageSource source;

	private final Set<String> existingEntries;

	private PackageReader(PackageSource source, Set<String> existingEntries) {
		this.source = source;
		this.existingEntries = existingEntries;
	}

	/** Reads the package; {@code existingEntries} are slugs already in the guide that links may name. */
	static GuideSnapshot read(PackageSource source, Set<String> existingEntries) {
		return new PackageReader(source, existingEntries).read();
	}

	private GuideSnapshot read() {
		if (!source.paths().contains("package.yaml")) {
			throw new ContentPackageException("package.yaml", 0, "missing: every content package starts with package.yaml");
		}
		YamlFields pkg = YamlFields.parse(text("package.yaml"), "package.yaml", 0);
		if (pkg.integer("format") != 1) {
			throw pkg.error("format", "unsupported format " + pkg.string("format") + "; this Fieldguide reads format 1");
		}
		if (!Language.SOURCE.code().equals(pkg.string("source_language"))) {
			throw pkg.error("source_language", "the source language must be '" + Language.SOURCE.code() + "'");
		}

		Map<String, CategoryData> categories = new TreeMap<>();
		Map<String, Map<Language, String>> entryFiles = new TreeMap<>();
		Map<String, String> entryCategory = new HashMap<>();
		List<String> resourceFiles = new ArrayList<>();
		for (String path : source.paths()) {
			Matcher m;
			if ((m = CATEGORY_FILE.matcher(path)).matches()) {
				categories.put(m.group(1), category(path, m.group(1)));
			}
			else if ((m = ENTRY_FILE.matcher(path)).matches()) {
				String category = m.group(1);
				String slug = slug(path, m.group(2));
				Language language = Language.fromCode(m.group(3))
					.orElseThrow(() -> new ContentPackageException(path, 0,
							"unknown language in the file name; use one of " + Language.codes()));
				String previous = entryCategory.putIfAbsent(slug, category);
				if (previous != null && !previous.equals(category)) {
					throw new ContentPackageException(path, 0, "entry '" + slug + "' also exists in category " + previous);
				}
				entryFiles.computeIfAbsent(slug, k -> new EnumMap<>(Language.class)).put(language, path);
			}
			else if (path.startsWith("categories/") && !path.endsWith("/.gitkeep")) {
				throw new ContentPackageException(path, 0,
						"unexpected file; a category folder holds category.yaml and <entry-slug>.<lang>.md files");
			}
			else if (RESOURCE_FILE.matcher(path).matches()) {
				resourceFiles.add(path);
			}
		}
		for (String slug : entryCategory.values()) {
			if (!categories.containsKey(slug)) {
				throw new ContentPackageException("categories/" + slug + "/category.yaml", 0, "missing category file");
			}
		}

		List<EntryData> entries = new ArrayList<>();
		Map<String, String> parents = new HashMap<>();
		for (Map.Entry<String, Map<Language, String>> files : entryFiles.entrySet()) {
			EntryData entry = entry(files.getKey(), entryCategory.get(files.getKey()), files.getValue());
			entries.add(entry);
			if (entry.parent() != null) {
				parents.put(entry.slug(), entry.parent());
			}
		}
		checkLinks(entries, entryFiles, entryCategory, parents);

		List<ResourceData> resources = new ArrayList<>();
		for (String path : resourceFiles) {
			resources.add(resource(path, entryCategory.keySet()));
		}
		List<CategoryData> orderedCategories = new ArrayList<>(categories.values());
		orderedCategories.sort((a, b) -> Integer.compare(a.position(), b.position()));
		return new GuideSnapshot(orderedCategories, entries, resources);
	}

	private CategoryData category(String path, String slug) {
		slug(path, slug);
		YamlFields yaml = YamlFields.parse(text(path), path, 0);
		Map<Language, Text> texts = new EnumMap<>(Language.class);
		Map<String, String> titles = yaml.map("title");
		Map<String, String> descriptions = yaml.map("description");
		for (Map.Entry<String, String> title : titles.entrySet()) {
			texts.put(language(yaml, "title", title.getKey()), new Text(title.getValue(), descriptions.get(title.getKey())));
		}
		if (!texts.containsKey(Language.SOURCE)) {
			throw yaml.error("title", "a title in the source language (" + Language.SOURCE.code() + ") is required");
		}
		return new CategoryData(slug, yaml.integer("position"), visibility(yaml), texts);
	}

	private EntryData entry(String slug, String category, Map<Language, String> files) {
		String sourcePath = files.get(Language.SOURCE);
		if (sourcePath == null) {
			throw new ContentPackageException(files.values().iterator().next(), 0,
					"no source-language file " + slug + "." + Language.SOURCE.code() + ".md for this translation");
		}
		FrontMatter source = FrontMatter.split(text(sourcePath), sourcePath);
		YamlFields yaml = source.fields();
		for (String name : yaml.names()) {
			if (!ENTRY_FIELDS.contains(name)) {
				throw yaml.error(name, "unknown field '" + name + "'");
			}
		}
		Set<Phase> phases = EnumSet.noneOf(Phase.class);
		for (String phase : yaml.strings("phases")) {
			phases.add(Phase.fromSlug(phase)
				.orElseThrow(() -> yaml.error("phases", "unknown phase '" + phase + "'; use set-up, running or phase-out")));
		}
		if (phases.isEmpty()) {
			throw yaml.error("phases", "an entry applies to at least one phase (set-up, running, phase-out)");
		}
		List<String> typologies = checked(yaml, "typologies", Set.copyOf(CentreTags.TYPOLOGIES));
		List<String> models = checked(yaml, "management_models", Set.copyOf(CentreTags.MANAGEMENT_MODELS));
		List<String> topics = yaml.strings("topics");
		for (String topic : topics) {
			if (!SLUG.matcher(topic).matches()) {
				throw yaml.error("topics", "topic '" + topic + "' must be a slug (lower-case words joined by hyphens)");
			}
		}
		Map<Language, EntryText> texts = new EnumMap<>(Language.class);
		texts.put(Language.SOURCE, text(source, null));
		LocalDate updated = texts.get(Language.SOURCE).reviewedOn();
		for (Map.Entry<Language, String> file : files.entrySet()) {
			if (file.getKey() == Language.SOURCE) {
				continue;
			}
			FrontMatter translation = FrontMatter.split(text(file.getValue()), file.getValue());
			for (String name : translation.fields().names()) {
				if (SOURCE_ONLY_FIELDS.contains(name)) {
					throw translation.fields().error(name, "'" + name + "' belongs in the source-language file only");
				}
				if (!ENTRY_FIELDS.contains(name)) {
					throw translation.fields().error(name, "unknown field '" + name + "'");
				}
			}
			texts.put(file.getKey(), text(translation, updated));
		}
		String parent = yaml.optionalString("parent");
		return new EntryData(slug, category, parent, yaml.integer("position"), visibility(yaml), phases, topics,
				typologies, models, yaml.strings("related"), texts);
	}

	private EntryText text(FrontMatter file, LocalDate defaultUpdated) {
		YamlFields yaml = file.fields();
		String title = yaml.string("title").strip();
		String summary = yaml.string("summary").strip();
		if (title.isEmpty() || title.length() > 200) {
			throw yaml.error("title", "a title has 1 to 200 characters");
		}
		if (summary.isEmpty() || summary.length() > 1000) {
			throw yaml.error("summary", "a summary has 1 to 1000 characters");
		}
		if (file.body().isBlank()) {
			throw new ContentPackageException(file.file(), file.bodyLine(), "the entry has no body text");
		}
		LocalDate updated = defaultUpdated;
		String date = yaml.optionalString("updated");
		if (date != null) {
			try {
				updated = LocalDate.parse(date);
			}
			catch (DateTimeParseException e) {
				throw yaml.error("updated", "'updated' must be a date like 2026-11-20");
			}
		}
		return new EntryText(title, summary, file.body(), yaml.strings("key_points"), updated);
	}

	private void checkLinks(List<EntryData> entries, Map<String, Map<Language, String>> files,
			Map<String, String> categoryOf, Map<String, String> parents) {
		for (EntryData entry : entries) {
			String path = files.get(entry.slug()).get(Language.SOURCE);
			YamlFields yaml = FrontMatter.split(text(path), path).fields();
			if (entry.parent() != null) {
				if (!categoryOf.containsKey(entry.parent())) {
					throw yaml.error("parent", "parent '" + entry.parent() + "' is not an entry of this package");
				}
				if (!categoryOf.get(entry.parent()).equals(entry.category())) {
					throw yaml.error("parent", "parent '" + entry.parent() + "' is in another category");
				}
				Set<String> seen = new HashSet<>();
				for (String p = entry.slug(); p != null; p = parents.get(p)) {
					if (!seen.add(p)) {
						throw yaml.error("parent", "parents form a loop through '" + p + "'");
					}
				}
			}
			for (String related : entry.related()) {
				if (!categoryOf.containsKey(related) && !existingEntries.contains(related)) {
					throw yaml.error("related", "related entry '" + related + "' does not exist");
				}
				if (related.equals(entry.slug())) {
					throw yaml.error("related", "an entry cannot be related to itself");
				}
			}
		}
	}

	private ResourceData resource(String path, Set<String> packageEntries) {
		String slug = slug(path, path.substring("resources/".length(), path.length() - ".yaml".length()));
		YamlFields yaml = YamlFields.parse(text(path), path, 0);
		String typeName = yaml.string("type");
		ResourceType type = ResourceType.fromSlug(typeName)
			.orElseThrow(() -> yaml.error("type", "unknown resource type '" + typeName
					+ "'; use guidance, tool, good-practice, field-example or training"));
		List<String> entries = yaml.strings("entries");
		if (entries.isEmpty()) {
			throw yaml.error("entries", "a resource is linked to at least one entry");
		}
		for (String entry : entries) {
			if (!packageEntries.contains(entry) && !existingEntries.contains(entry)) {
				throw yaml.error("entries", "entry '" + entry + "' does not exist");
			}
		}
		Map<Language, Text> texts = new EnumMap<>(Language.class);
		Map<String, String> descriptions = yaml.map("description");
		for (Map.Entry<String, String> title : yaml.map("title").entrySet()) {
			texts.put(language(yaml, "title", title.getKey()), new Text(title.getValue(), descriptions.get(title.getKey())));
		}
		if (!texts.containsKey(Language.SOURCE)) {
			throw yaml.error("title", "a title in the source language (" + Language.SOURCE.code() + ") is required");
		}
		String link = yaml.optionalString("link");
		Map<String, String> fileNames = yaml.map("files");
		if ((link == null) == fileNames.isEmpty()) {
			throw yaml.error(link == null ? "files" : "link", "a resource has either files or a link");
		}
		if (link != null && !link.matches("https?://[^\\s]+")) {
			throw yaml.error("link", "a link must be an http:// or https:// address");
		}
		Map<Language, FileData> files = new LinkedHashMap<>();
		for (Map.Entry<String, String> file : fileNames.entrySet()) {
			Language language = language(yaml, "files", file.getKey());
			String name = file.getValue();
			String filePath = "resources/files/" + name;
			if (name.contains("/") || name.contains("\\") || !source.paths().contains(filePath)) {
				throw yaml.error("files", file.getKey(),
						"file '" + name + "' is not in resources/files/");
			}
			String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
			String mediaType = MEDIA_TYPES.get(extension);
			if (mediaType == null) {
				throw yaml.error("files", file.getKey(),
						"file type '." + extension + "' is not accepted; use one of " + new java.util.TreeSet<>(MEDIA_TYPES.keySet()));
			}
			files.put(language, new FileData(name, mediaType, source.read(filePath).length, filePath, null));
		}
		Integer year = yaml.has("year") ? yaml.integer("year") : null;
		return new ResourceData(slug, type, visibility(yaml), yaml.optionalString("publisher"), year, link, entries,
				texts, files);
	}

	private static List<String> checked(YamlFields yaml, String field, Set<String> allowed) {
		List<String> values = yaml.strings(field);
		for (String value : values) {
			if (!allowed.contains(value)) {
				throw yaml.error(field, "unknown value '" + value + "' in " + field + "; use " + new java.util.TreeSet<>(allowed));
			}
		}
		return values;
	}

	private static Visibility visibility(YamlFields yaml) {
		String value = yaml.string("visibility");
		return switch (value) {
			case "public" -> Visibility.PUBLIC;
			case "staff" -> Visibility.STAFF;
			default -> throw yaml.error("visibility", "visibility is 'public' or 'staff', not '" + value + "'");
		};
	}

	private static Language language(YamlFields yaml, String field, String code) {
		return Language.fromCode(code)
			.orElseThrow(() -> yaml.error(field, code, "unknown language '" + code + "'; use one of " + Language.codes()));
	}

	private static String slug(String path, String slug) {
		if (!SLUG.matcher(slug).matches() || slug.length() > 80) {
			throw new ContentPackageException(path, 0,
					"'" + slug + "' is not a valid slug (lower-case ASCII words joined by single hyphens)");
		}
		return slug;
	}

	private String text(String path) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(source.read(path)))
				.toString()
				.replace("\r\n", "\n");
		}
		catch (CharacterCodingException e) {
			throw new ContentPackageException(path, 0, "not UTF-8 text");
		}
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
	}

}
