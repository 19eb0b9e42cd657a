package org.fieldguide.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fieldguide.guide.GuideSnapshot;
import org.fieldguide.training.ManualSnapshot;
import org.fieldguide.training.ManualSnapshot.ModuleData;
import org.fieldguide.training.ManualSnapshot.SessionData;

/**
 * The training manual's share of an import plan. A module the guide does not have is added; one it has
 * with the same content is left alone; one it has with other content is refused, naming the module,
 * because updating a module in place (and the events and test answers that refer to its sessions and
 * questions) is not supported yet. The guide's modules that the package lacks are listed and kept.
 */
final class ManualPlanner {

	record Result(List<ImportPlan.Item> items, ManualSnapshot toAdd) {
	}

	private ManualPlanner() {
	}

	static Result plan(PackageSource source, GuideSnapshot current, GuideSnapshot pkg, ManualSnapshot inGuide) {
		Set<String> entries = new HashSet<>();
		Set<String> resources = new HashSet<>();
		current.entries().forEach(e -> entries.add(e.slug()));
		pkg.entries().forEach(e -> entries.add(e.slug()));
		current.resources().forEach(r -> resources.add(r.slug()));
		pkg.resources().forEach(r -> resources.add(r.slug()));
		ManualSnapshot inPackage = TrainingPackageReader.read(source, entries, resources);

		Map<String, ModuleData> existing = new TreeMap<>();
		Set<String> existingSessions = new HashSet<>();
		for (ModuleData module : inGuide.modules()) {
			existing.put(module.slug(), module);
			module.sessions().forEach(s -> existingSessions.add(s.slug()));
		}
		List<ImportPlan.Item> items = new ArrayList<>();
		List<ModuleData> toAdd = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ModuleData module : inPackage.modules()) {
			seen.add(module.slug());
			ModuleData there = existing.get(module.slug());
			if (there == null) {
				for (SessionData session : module.sessions()) {
					if (existingSessions.contains(session.slug())) {
						throw new ContentPackageException("training/" + module.slug() + "/" + session.slug() + ".en.md", 0,
								"training session '" + session.slug() + "' already exists in another module of this guide");
					}
				}
				toAdd.add(module);
				items.add(item(module.slug(), ImportPlan.Outcome.ADDED));
			}
			else if (comparable(there).equals(comparable(module))) {
				items.add(item(module.slug(), ImportPlan.Outcome.UNCHANGED));
			}
			else {
				throw new ContentPackageException("training/" + module.slug() + "/module.yaml", 0, "training module '"
						+ module.slug() + "' differs from the one in this guide, and updating a training module is not "
						+ "supported yet: leave it out of the package");
			}
		}
		existing.keySet().stream().filter(slug -> !seen.contains(slug))
			.forEach(slug -> items.add(item(slug, ImportPlan.Outcome.NOT_IN_PACKAGE)));
		return new Result(items, new ManualSnapshot(toAdd));
	}

	private static ImportPlan.Item item(String slug, ImportPlan.Outcome outcome) {
		return new ImportPlan.Item(ImportPlan.Kind.TRAINING_MODULE, slug, outcome, List.of());
	}

	/** The module with materials and taught entries as sorted lists: their order means nothing. */
	private static ModuleData comparable(ModuleData module) {
		List<SessionData> sessions = module.sessions().stream()
			.map(s -> new SessionData(s.slug(), s.position(), s.minutes(), s.method(),
					s.materials().stream().sorted().toList(), s.entries().stream().sorted().toList(), Map.copyOf(s.texts())))
			.toList();
		return new ModuleData(module.slug(), module.position(), module.audience(), Map.copyOf(module.texts()), sessions,
				module.questions().stream()
					.map(q -> new ManualSnapshot.QuestionData(q.key(), Map.copyOf(q.texts()), Map.copyOf(q.choices()),
							q.correctIndex()))
					.toList());
	}

}
