package org.fieldguide.content;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fieldguide.content.ImportPlan.Item;
import org.fieldguide.content.ImportPlan.Kind;
import org.fieldguide.content.ImportPlan.Outcome;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.CategoryData;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.EntryText;
import org.fieldguide.guide.GuideSnapshot.FileData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.guide.GuideSnapshot.Text;
import org.fieldguide.platform.Language;

/**
 * Compares a read package with the guide as it is and decides, item by item, what an import adds,
 * changes and leaves alone. The result also holds the part of the package to write: only added and
 * changed items, and of an entry or resource only the translations and files that differ.
 */
final class ImportPlanner {

	/** Reads the bytes of a file already in the guide, by its file store key. */
	interface StoredFiles {

		byte[] read(String key) throws IOException;

	}

	record Result(ImportPlan plan, GuideSnapshot write) {
	}

	private final List<Item> items = new ArrayList<>();

	private final PackageSource source;

	private final StoredFiles stored;

	private ImportPlanner(PackageSource source, StoredFiles stored) {
		this.source = source;
		this.stored = stored;
	}

	static Result plan(GuideSnapshot pkg, GuideSnapshot guide, PackageSource source, StoredFiles stored) {
		return new ImportPlanner(source, stored).compare(pkg, guide);
	}

	private Result compare(GuideSnapshot pkg, GuideSnapshot guide) {
		List<CategoryData> categories = new ArrayList<>();
		Map<String, CategoryData> guideCategories = bySlug(guide.categories(), CategoryData::slug);
		for (CategoryData c : pkg.categories()) {
			CategoryData old = guideCategories.get(c.slug());
			List<String> fields = new ArrayList<>();
			if (old != null) {
				diff(fields, "position", old.position(), c.position());
				diff(fields, "visibility", old.visibility(), c.visibility());
				diffTexts(fields, old.texts(), c.texts());
			}
			if (add(Kind.CATEGORY, c.slug(), old == null, fields)) {
				categories.add(c);
			}
		}
		notInPackage(Kind.CATEGORY, guideCategories.keySet(), bySlug(pkg.categories(), CategoryData::slug).keySet());

		List<EntryData> entries = new ArrayList<>();
		Map<String, EntryData> guideEntries = bySlug(guide.entries(), EntryData::slug);
		for (EntryData e : pkg.entries()) {
			EntryData old = guideEntries.get(e.slug());
			List<String> fields = new ArrayList<>();
			if (old != null) {
				diff(fields, "category", old.category(), e.category());
				diff(fields, "parent", old.parent(), e.parent());
				diff(fields, "position", old.position(), e.position());
				diff(fields, "visibility", old.visibility(), e.visibility());
				diff(fields, "phases", Set.copyOf(old.phases()), Set.copyOf(e.phases()));
				diff(fields, "topics", Set.copyOf(old.topics()), Set.copyOf(e.topics()));
				diff(fields, "typologies", Set.copyOf(old.typologies()), Set.copyOf(e.typologies()));
				diff(fields, "management_models", Set.copyOf(old.managementModels()), Set.copyOf(e.managementModels()));
				diff(fields, "related", old.related(), e.related());
			}
			boolean write = add(Kind.ENTRY, e.slug(), old == null, fields);
			Map<Language, EntryText> texts = new EnumMap<>(Language.class);
			for (Map.Entry<Language, EntryText> text : e.texts().entrySet()) {
				EntryText was = old == null ? null : old.texts().get(text.getKey());
				EntryText now = text.getValue();
				List<String> changed = new ArrayList<>();
				if (was != null) {
					diff(changed, "title", was.title(), now.title());
					diff(changed, "summary", was.summary(), now.summary());
					diff(changed, "body", was.markdown(), now.markdown());
					diff(changed, "key_points", was.keyPoints(), now.keyPoints());
					diff(changed, "updated", was.reviewedOn(), now.reviewedOn());
				}
				if (add(Kind.TRANSLATION, e.slug() + " (" + text.getKey().code() + ")", was == null, changed)) {
					texts.put(text.getKey(), now);
				}
			}
			if (old != null) {
				old.texts().keySet().stream().filter(l -> !e.texts().containsKey(l))
					.forEach(l -> items.add(new Item(Kind.TRANSLATION, e.slug() + " (" + l.code() + ")",
							Outcome.NOT_IN_PACKAGE, List.of())));
			}
			if (write || !texts.isEmpty()) {
				entries.add(new EntryData(e.slug(), e.category(), e.parent(), e.position(), e.visibility(), e.phases(),
						e.topics(), e.typologies(), e.managementModels(), e.related(), texts));
			}
		}
		notInPackage(Kind.ENTRY, guideEntries.keySet(), bySlug(pkg.entries(), EntryData::slug).keySet());

		List<ResourceData> resources = new ArrayList<>();
		Map<String, ResourceData> guideResources = bySlug(guide.resources(), ResourceData::slug);
		for (ResourceData r : pkg.resources()) {
			ResourceData old = guideResources.get(r.slug());
			List<String> fields = new ArrayList<>();
			if (old != null) {
				diff(fields, "type", old.type(), r.type());
				diff(fields, "visibility", old.visibility(), r.visibility());
				diff(fields, "publisher", old.publisher(), r.publisher());
				diff(fields, "year", old.year(), r.year());
				diff(fields, "link", old.link(), r.link());
				diff(fields, "entries", Set.copyOf(old.entries()), Set.copyOf(r.entries()));
				diffTexts(fields, old.texts(), r.texts());
			}
			boolean write = add(Kind.RESOURCE, r.slug(), old == null, fields);
			Map<Language, FileData> files = new LinkedHashMap<>();
			for (Map.Entry<Language, FileData> file : r.files().entrySet()) {
				FileData was = old == null ? null : old.files().get(file.getKey());
				FileData now = file.getValue();
				List<String> changed = new ArrayList<>();
				if (was != null) {
					diff(changed, "file name", was.fileName(), now.fileName());
					diff(changed, "type", was.mediaType(), now.mediaType());
					if (was.sizeBytes() != now.sizeBytes() || !sameBytes(was, now)) {
						changed.add("content");
					}
				}
				if (add(Kind.FILE, r.slug() + " (" + file.getKey().code() + ")", was == null, changed)) {
					files.put(file.getKey(), now);
				}
			}
			if (write || !files.isEmpty()) {
				resources.add(new ResourceData(r.slug(), r.type(), r.visibility(), r.publisher(), r.year(), r.link(),
						r.entries(), r.texts(), files));
			}
		}
		notInPackage(Kind.RESOURCE, guideResources.keySet(), bySlug(pkg.resources(), ResourceData::slug).keySet());
		return new Result(new ImportPlan(items, false), new GuideSnapshot(categories, entries, resources));
	}

	/** Records the item and says whether it must be written (added or changed). */
	private boolean add(Kind kind, String name, boolean isNew, List<String> changedFields) {
		Outcome outcome = isNew ? Outcome.ADDED : changedFields.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED;
		items.add(new Item(kind, name, outcome, List.copyOf(changedFields)));
		return outcome != Outcome.UNCHANGED;
	}

	private void notInPackage(Kind kind, Set<String> inGuide, Set<String> inPackage) {
		inGuide.stream().filter(s -> !inPackage.contains(s)).sorted()
			.forEach(s -> items.add(new Item(kind, s, Outcome.NOT_IN_PACKAGE, List.of())));
	}

	private boolean sameBytes(FileData was, FileData now) {
		try {
			return MessageDigest.isEqual(sha256(stored.read(was.storageKey())), sha256(source.read(now.storageKey())));
		}
		catch (IOException missing) {
			// a stored file that cannot be read is replaced by the package's copy
			return false;
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void diffTexts(List<String> fields, Map<Language, Text> was, Map<Language, Text> now) {
		for (Map.Entry<Language, Text> text : now.entrySet()) {
			Text old = was.get(text.getKey());
			diff(fields, "title (" + text.getKey().code() + ")", old == null ? null : old.title(), text.getValue().title());
			diff(fields, "description (" + text.getKey().code() + ")", old == null ? null : old.description(),
					text.getValue().description());
		}
	}

	private static void diff(List<String> fields, String name, Object was, Object now) {
		if (!Objects.equals(was, now)) {
			fields.add(name);
		}
	}

	private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
		return items.stream().collect(Collectors.toMap(slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
