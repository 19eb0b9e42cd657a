package org.fieldguide.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fieldguide.access.Visibility;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.CategoryData;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.guide.GuideSnapshot.FileData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.guide.GuideSnapshot.Text;
import org.fieldguide.guide.Phase;
import org.fieldguide.platform.Language;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a {@link GuideSnapshot} as a content package ZIP in format 1 — the layout {@link PackageReader}
 * reads, so an exported package imports back unchanged. YAML is written by SnakeYAML (the library the
 * reader uses), never by concatenating strings, so titles with colons, quotes or right-to-left text
 * come back exactly.
 */
final class PackageWriter {

	/** Reads a stored file's bytes, given its file store key. */
	interface Files {

		byte[] read(String storageKey) throws IOException;

	}

	private final Yaml yaml;

	PackageWriter() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setWidth(10_000);
		options.setSplitLines(false);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		this.yaml = new Yaml(options);
	}

	/** Writes the package and returns how many files it holds. */
	int write(GuideSnapshot snapshot, String title, Files files, OutputStream out) throws IOException {
		return write(snapshot, new org.fieldguide.training.ManualSnapshot(List.of()), title, files, out);
	}

	/** Writes the package with a training manual ({@code training/}) and returns how many files it holds. */
	int write(GuideSnapshot snapshot, org.fieldguide.training.ManualSnapshot manual, String title, Files files,
			OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		int count = 0;
		Map<String, Object> pkg = new LinkedHashMap<>();
		pkg.put("format", 1);
		pkg.put("title", title);
		pkg.put("source_language", Language.SOURCE.code());
		put(zip, "package.yaml", yaml.dump(pkg));
		count++;
		for (CategoryData c : snapshot.categories()) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("position", c.position());
			fields.put("visibility", visibility(c.visibility()));
			putTexts(fields, c.texts());
			put(zip, "categories/" + c.slug() + "/category.yaml", yaml.dump(fields));
			count++;
		}
		for (EntryData e : snapshot.entries()) {
			for (Map.Entry<Language, EntryText> text : e.texts().entrySet()) {
				boolean source = text.getKey() == Language.SOURCE;
				put(zip, "categories/" + e.category() + "/" + e.slug() + "." + text.getKey().code() + ".md",
						entryFile(e, text.getValue(), source));
				count++;
			}
		}
		Map<String, String> names = uniqueNames(snapshot);
		for (ResourceData r : snapshot.resources()) {
			put(zip, "resources/" + r.slug() + ".yaml", yaml.dump(resource(r, names)));
			count++;
			for (FileData f : r.files().values()) {
				zip.putNextEntry(new ZipEntry("resources/files/" + names.get(f.storageKey())));
				zip.write(files.read(f.storageKey()));
				zip.closeEntry();
				count++;
			}
		}
		List<String[]> training = new ArrayList<>();
		count += new TrainingPackageWriter(yaml).write(manual, (path, text) -> training.add(new String[] { path, text }));
		for (String[] file : training) {
			put(zip, file[0], file[1]);
		}
		zip.finish();
		return count;
	}

	private String entryFile(EntryData e, EntryText text, boolean source) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", text.title());
		fields.put("summary", text.summary());
		fields.put("key_points", new ArrayList<>(text.keyPoints()));
		if (source) {
			fields.put("position", e.position());
			fields.put("visibility", visibility(e.visibility()));
			if (e.parent() != null) {
				fields.put("parent", e.parent());
			}
			fields.put("phases", e.phases().stream().map(Phase::slug).toList());
			fields.put("topics", new ArrayList<>(e.topics()));
			putList(fields, "typologies", e.typologies());
			putList(fields, "management_models", e.managementModels());
			putList(fields, "related", e.related());
		}
		if (text.reviewedOn() != null) {
			fields.put("updated", text.reviewedOn().toString());
		}
		return "---\n" + yaml.dump(fields) + "---\n" + text.markdown() + "\n";
	}

	/**
	 * A file name for each stored file, unique in {@code resources/files/}: two resources of a guide may
	 * hold files of the same name, one folder of a package cannot.
	 */
	private static Map<String, String> uniqueNames(GuideSnapshot snapshot) {
		Map<String, String> names = new LinkedHashMap<>();
		java.util.Set<String> taken = new java.util.HashSet<>();
		for (ResourceData r : snapshot.resources()) {
			for (FileData f : r.files().values()) {
				String name = f.fileName();
				int dot = name.lastIndexOf('.');
				for (int n = 2; !taken.add(name); n++) {
					name = dot > 0 ? f.fileName().substring(0, dot) + "-" + n + f.fileName().substring(dot)
							: f.fileName() + "-" + n;
				}
				names.put(f.storageKey(), name);
			}
		}
		return names;
	}

	private static Map<String, Object> resource(ResourceData r, Map<String, String> fileNames) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("type", r.type().slug());
		fields.put("visibility", visibility(r.visibility()));
		if (r.publisher() != null) {
			fields.put("publisher", r.publisher());
		}
		if (r.year() != null) {
			fields.put("year", r.year());
		}
		fields.put("entries", new ArrayList<>(r.entries()));
		putTexts(fields, r.texts());
		if (r.link() != null) {
			fields.put("link", r.link());
		}
		if (!r.files().isEmpty()) {
			Map<String, String> names = new LinkedHashMap<>();
			r.files().forEach((language, f) -> names.put(language.code(), fileNames.get(f.storageKey())));
			fields.put("files", names);
		}
		return fields;
	}

	private static void putTexts(Map<String, Object> fields, Map<Language, Text> texts) {
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			Text text = texts.get(language);
			if (text != null) {
				titles.put(language.code(), text.title());
				if (text.description() != null) {
					descriptions.put(language.code(), text.description());
				}
			}
		}
		fields.put("title", titles);
		if (!descriptions.isEmpty()) {
			fields.put("description", descriptions);
		}
	}

	private static void putList(Map<String, Object> fields, String name, List<String> values) {
		if (!values.isEmpty()) {
			fields.put(name, new ArrayList<>(values));
		}
	}

	private static String visibility(Visibility visibility) {
		return visibility == Visibility.PUBLIC ? "public" : "staff";
	}

	private static void put(ZipOutputStream zip, String path, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
