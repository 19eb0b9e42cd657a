package org.fieldguide.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.files.FileStore;
import org.fieldguide.guide.GuideContent;
import org.fieldguide.guide.GuideUpdate;
import org.fieldguide.guide.GuideImport;
import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.guide.GuideSnapshot.CategoryData;
import org.fieldguide.guide.GuideSnapshot.EntryData;
import org.fieldguide.guide.GuideSnapshot.FileData;
import org.fieldguide.guide.GuideSnapshot.ResourceData;
import org.fieldguide.platform.Language;
import org.fieldguide.training.ManualImport;
import org.fieldguide.training.ManualSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a content package: reads and checks all of it first, then stores its files, then writes the
 * guide content in one transaction. On any failure the stored files are removed again and the guide is
 * unchanged. {@link #importPackage} fills an empty guide (the starter guide); {@link #plan} and
 * {@link #apply} compare a package with the guide and add or update what differs.
 */
@Service
public class ContentImport {

	private static final Logger log = LoggerFactory.getLogger(ContentImport.class);

	private final GuideImport guide;

	private final FileStore files;

	private final org.fieldguide.files.FileText text;

	private final GuideContent content;

	private final GuideUpdate update;

	private final ApplicationEventPublisher events;

	// training manual (issue 7): the package's training/ part, added in the same transaction as the guide
	private final ManualImport manual;

	private final TransactionTemplate transaction;

	private final org.fieldguide.training.ManualExport manualExport;

	ContentImport(GuideImport guide, FileStore files, org.fieldguide.files.FileText text, GuideContent content,
			GuideUpdate update, ApplicationEventPublisher events, ManualImport manual,
			org.fieldguide.training.ManualExport manualExport, PlatformTransactionManager transactions) {
		this.manualExport = manualExport;
		this.text = text;
		this.manual = manual;
		this.transaction = new TransactionTemplate(transactions);
		this.guide = guide;
		this.files = files;
		this.content = content;
		this.update = update;
		this.events = events;
	}

	/**
	 * A dry run: reads and checks the package and compares it with the guide. Changes nothing.
	 *
	 * @throws ContentPackageException when the package is malformed (file and line of the first error)
	 */
	public ImportPlan plan(PackageSource source, Viewer viewer) {
		return planned(source, viewer).plan();
	}

	/**
	 * Carries out the plan, computed afresh against the guide as it is now: files are stored first, then
	 * all added and changed content is written in one transaction. On any failure the stored files are
	 * removed again and the guide is unchanged. Items only in the guide are left alone.
	 */
	public ImportPlan apply(PackageSource source, Viewer viewer) {
		Planned planned = planned(source, viewer);
		GuideSnapshot current = content.all(viewer);
		List<String> stored = new ArrayList<>();
		try {
			GuideSnapshot withKeys = store(planned.write(), source, stored);
			transaction.executeWithoutResult(status -> {
				update.apply(withKeys, viewer);
				manual.add(planned.manual());
			});
		}
		catch (RuntimeException e) {
			removeStored(stored);
			throw e;
		}
		removeReplaced(current, planned.write());
		ImportPlan plan = planned.plan().asApplied();
		events.publishEvent(new PackageImported(viewer.displayName() == null ? "unknown" : viewer.displayName(),
				plan.added(), plan.changed(), plan.unchanged(), Instant.now()));
		log.info("{} imported a package: {} added, {} changed, {} unchanged", viewer.displayName(), plan.added(),
				plan.changed(), plan.unchanged());
		return plan;
	}

	/** The plan, the guide content to write, and the training modules to add. */
	private record Planned(ImportPlan plan, GuideSnapshot write, ManualSnapshot manual) {
	}

	private Planned planned(PackageSource source, Viewer viewer) {
		if (!viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only publishers may import content packages");
		}
		GuideSnapshot current = content.all(viewer);
		Set<String> existingEntries = current.entries().stream().map(EntryData::slug).collect(Collectors.toSet());
		GuideSnapshot pkg = PackageReader.read(source, existingEntries);
		ImportPlanner.Result guidePlan = ImportPlanner.plan(pkg, current, source, this::readStored);
		ManualPlanner.Result manualPlan = ManualPlanner.plan(source, current, pkg, manualExport.snapshot(viewer));
		List<ImportPlan.Item> items = new ArrayList<>(guidePlan.plan().items());
		items.addAll(manualPlan.items());
		return new Planned(new ImportPlan(items, false), guidePlan.write(), manualPlan.toAdd());
	}

	private byte[] readStored(String key) throws IOException {
		try (java.io.InputStream in = files.open(key)) {
			return in.readAllBytes();
		}
	}

	/** Files the import replaced are no longer referenced once it is committed. */
	private void removeReplaced(GuideSnapshot before, GuideSnapshot written) {
		Map<String, ResourceData> old = new java.util.HashMap<>();
		before.resources().forEach(r -> old.put(r.slug(), r));
		for (ResourceData r : written.resources()) {
			ResourceData was = old.get(r.slug());
			if (was != null) {
				r.files().keySet().stream().map(was.files()::get).filter(java.util.Objects::nonNull)
					.forEach(f -> removeStored(List.of(f.storageKey())));
			}
		}
	}

	private void removeStored(List<String> keys) {
		for (String key : keys) {
			try {
				files.delete(key);
			}
			catch (IOException | RuntimeException cleanup) {
				log.warn("Could not remove stored file {}", key, cleanup);
			}
		}
	}

	/** What an import added. */
	public record Report(int categories, int entries, int translations, int resources, int files,
			int trainingModules, int trainingSessions) {
	}

	public Report importPackage(PackageSource source) {
		Set<String> existing = guide.existingSlugs();
		Set<String> existingEntries = existing.stream()
			.filter(s -> s.startsWith("entry:"))
			.map(s -> s.substring("entry:".length()))
			.collect(Collectors.toSet());
		GuideSnapshot snapshot = PackageReader.read(source, existingEntries);
		refuseClashes(snapshot, existing);
		ManualSnapshot training = readManual(source, snapshot, existing);

		List<String> stored = new ArrayList<>();
		try {
			GuideSnapshot withKeys = store(snapshot, source, stored);
			transaction.executeWithoutResult(status -> {
				guide.add(withKeys);
				manual.add(training);
			});
		}
		catch (RuntimeException e) {
			removeStored(stored);
			throw e;
		}
		int translations = snapshot.entries().stream().mapToInt(e -> e.texts().size()).sum();
		return new Report(snapshot.categories().size(), snapshot.entries().size(), translations,
				snapshot.resources().size(), stored.size(), training.modules().size(), training.sessionCount());
	}

	/**
	 * Adds only the training manual of a package, checked against the guide as it is: for a guide that
	 * was imported before its package had a manual.
	 */
	public Report importManual(PackageSource source) {
		ManualSnapshot training = readManual(source, new GuideSnapshot(List.of(), List.of(), List.of()),
				guide.existingSlugs());
		transaction.executeWithoutResult(status -> manual.add(training));
		return new Report(0, 0, 0, 0, 0, training.modules().size(), training.sessionCount());
	}

	/** The training manual of the package, checked against the guide as it will be after the import. */
	private ManualSnapshot readManual(PackageSource source, GuideSnapshot snapshot, Set<String> existing) {
		Set<String> entries = new java.util.HashSet<>();
		Set<String> resources = new java.util.HashSet<>();
		for (String slug : existing) {
			if (slug.startsWith("entry:")) {
				entries.add(slug.substring("entry:".length()));
			}
			else if (slug.startsWith("resource:")) {
				resources.add(slug.substring("resource:".length()));
			}
		}
		snapshot.entries().forEach(e -> entries.add(e.slug()));
		snapshot.resources().forEach(r -> resources.add(r.slug()));
		ManualSnapshot training = TrainingPackageReader.read(source, entries, resources);
		Set<String> taken = manual.existingSlugs();
		for (ManualSnapshot.ModuleData module : training.modules()) {
			if (taken.contains("module:" + module.slug())) {
				throw new ContentPackageException("training/" + module.slug() + "/module.yaml", 0,
						"training module '" + module.slug() + "' already exists");
			}
			for (ManualSnapshot.SessionData session : module.sessions()) {
				if (taken.contains("session:" + session.slug())) {
					throw new ContentPackageException("training/" + module.slug() + "/" + session.slug() + ".en.md", 0,
							"training session '" + session.slug() + "' already exists");
				}
			}
		}
		return training;
	}

	private static void refuseClashes(GuideSnapshot snapshot, Set<String> existing) {
		for (CategoryData c : snapshot.categories()) {
			if (existing.contains("category:" + c.slug())) {
				throw new ContentPackageException("categories/" + c.slug() + "/category.yaml", 0,
						"category '" + c.slug() + "' already exists in this guide");
			}
		}
		for (EntryData e : snapshot.entries()) {
			if (existing.contains("entry:" + e.slug())) {
				throw new ContentPackageException("categories/" + e.category() + "/" + e.slug() + ".en.md", 0,
						"entry '" + e.slug() + "' already exists in this guide");
			}
		}
		for (ResourceData r : snapshot.resources()) {
			if (existing.contains("resource:" + r.slug())) {
				throw new ContentPackageException("resources/" + r.slug() + ".yaml", 0,
						"resource '" + r.slug() + "' already exists in this guide");
			}
		}
	}

	/** Puts each file in the file store and returns the snapshot with the store's keys. */
	private GuideSnapshot store(GuideSnapshot snapshot, PackageSource source, List<String> stored) {
		List<ResourceData> resources = new ArrayList<>();
		for (ResourceData r : snapshot.resources()) {
			Map<Language, FileData> withKeys = new LinkedHashMap<>();
			for (Map.Entry<Language, FileData> f : r.files().entrySet()) {
				FileData file = f.getValue();
				try {
					byte[] content = source.read(file.storageKey());
					String key = files.put(file.fileName(), new ByteArrayInputStream(content));
					stored.add(key);
					withKeys.put(f.getKey(), new FileData(file.fileName(), file.mediaType(), file.sizeBytes(), key,
							text.extract(file.fileName(), content)));
				}
				catch (IOException e) {
					throw new UncheckedIOException("Could not store " + file.storageKey(), e);
				}
			}
			resources.add(new ResourceData(r.slug(), r.type(), r.visibility(), r.publisher(), r.year(), r.link(),
					r.entries(), r.texts(), withKeys));
		}
		return new GuideSnapshot(snapshot.categories(), snapshot.entries(), resources);
	}

}
