package org.fieldguide.editorial;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fieldguide.access.Viewer;
import org.fieldguide.guide.GuideEditing;
import org.fieldguide.platform.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a translated XLIFF file back. Everything is checked before anything is written, and the whole
 * file is refused on any problem — including a conflict (someone saved the translation, or English was
 * published again, after the export): the translator exports again rather than half a file landing.
 * A valid file becomes one new DRAFT per entry whose text differs from the latest revision, through
 * {@link Revisions#save} with the export's translation revision as the optimistic-lock base.
 */
@Service
public class XliffImport {

	/** One reason the file was refused; {@code code} names the message {@code translations.problem.<code>}. */
	public record Problem(int line, String entry, String unit, String code, String detail) {
	}

	public record Applied(String slug, int number) {
	}

	public record Report(String fileName, Language target, List<Applied> applied, List<String> unchanged,
			List<String> untranslated, List<Problem> problems) {

		public boolean accepted() {
			return problems.isEmpty();
		}

	}

	private record Checked(String slug, int base, Map<String, String> targets) {
	}

	private final Revisions revisions;

	private final SourceTracking sources;

	private final GuideEditing guide;

	XliffImport(Revisions revisions, SourceTracking sources, GuideEditing guide) {
		this.revisions = revisions;
		this.sources = sources;
		this.guide = guide;
	}

	@Transactional
	public Report importFile(String fileName, InputStream in, Language target, Viewer viewer) {
		Revisions.requireEditor(viewer);
		XliffReader.Result read = XliffReader.read(in);
		if (read.problem() != null) {
			return refused(fileName, target, List.of(read.problem()));
		}
		XliffReader.Document document = read.document();
		List<Problem> problems = new ArrayList<>();
		if (!XliffExport.XLIFF_NS.equals(document.namespace()) || !"2.0".equals(document.version())) {
			problems.add(new Problem(1, null, null, "version", String.valueOf(document.version())));
			return refused(fileName, target, problems);
		}
		if (!Language.SOURCE.code().equals(primary(document.srcLang()))) {
			problems.add(new Problem(1, null, null, "source-language", String.valueOf(document.srcLang())));
		}
		if (!target.code().equals(primary(document.trgLang()))) {
			problems.add(new Problem(1, null, null, "target-language", String.valueOf(document.trgLang())));
		}
		if (document.files().isEmpty()) {
			problems.add(new Problem(1, null, null, "empty", ""));
		}
		Set<String> known = new HashSet<>();
		guide.entries(viewer).forEach(e -> known.add(e.slug()));
		Set<String> seen = new HashSet<>();
		List<Checked> checked = new ArrayList<>();
		List<String> untranslated = new ArrayList<>();
		for (XliffReader.File file : document.files()) {
			if (file.slug() == null || !known.contains(file.slug())) {
				problems.add(new Problem(file.line(), file.slug(), null, "unknown-entry", ""));
			}
			else if (!seen.add(file.slug())) {
				problems.add(new Problem(file.line(), file.slug(), null, "duplicate-entry", ""));
			}
			else {
				check(file, target, viewer, problems).ifPresent(c -> {
					if (c.targets().values().stream().allMatch(t -> t == null || t.isBlank())) {
						untranslated.add(c.slug());
					}
					else {
						checked.add(c);
					}
				});
			}
		}
		if (!problems.isEmpty()) {
			return refused(fileName, target, problems);
		}
		return apply(fileName, target, checked, untranslated, viewer);
	}

	private Optional<Checked> check(XliffReader.File file, Language target, Viewer viewer, List<Problem> problems) {
		int before = problems.size();
		Integer sourceNumber = number(file.sourceRevision());
		Integer base = number(file.targetRevision());
		if (sourceNumber == null || base == null) {
			problems.add(new Problem(file.line(), file.slug(), null, "no-revision", ""));
			return Optional.empty();
		}
		Optional<RevisionView> source = revisions.history(file.slug(), Language.SOURCE, viewer)
			.stream()
			.filter(r -> r.number() == sourceNumber)
			.findFirst();
		if (source.isEmpty()) {
			problems.add(new Problem(file.line(), file.slug(), null, "unknown-source-revision", sourceNumber.toString()));
			return Optional.empty();
		}
		Map<String, String> expected = XliffUnits.of(source.get().text());
		Map<String, String> targets = new LinkedHashMap<>();
		expected.keySet().forEach(id -> targets.put(id, null));
		Set<String> ids = new HashSet<>();
		boolean anyTarget = file.units().stream().anyMatch(u -> u.target() != null && !u.target().isBlank());
		for (XliffReader.Unit unit : file.units()) {
			if (unit.id() == null || !expected.containsKey(unit.id())) {
				problems.add(new Problem(unit.line(), file.slug(), unit.id(), "unknown-unit", ""));
			}
			else if (!ids.add(unit.id())) {
				problems.add(new Problem(unit.line(), file.slug(), unit.id(), "duplicate-unit", ""));
			}
			else if (unit.inline()) {
				problems.add(new Problem(unit.line(), file.slug(), unit.id(), "inline", ""));
			}
			else if (!normal(unit.source()).equals(normal(expected.get(unit.id())))) {
				problems.add(new Problem(unit.line(), file.slug(), unit.id(), "source-mismatch", sourceNumber.toString()));
			}
			else if (anyTarget && required(unit.id(), expected) && (unit.target() == null || unit.target().isBlank())) {
				problems.add(new Problem(unit.line(), file.slug(), unit.id(), "no-target", ""));
			}
			else {
				targets.put(unit.id(), unit.target() == null ? null : normal(unit.target()));
			}
		}
		expected.keySet()
			.stream()
			.filter(id -> !ids.contains(id))
			.forEach(id -> problems.add(new Problem(file.line(), file.slug(), id, "missing-unit", "")));
		int published = sources.publishedSourceNumber(file.slug());
		if (published != sourceNumber) {
			problems.add(new Problem(file.line(), file.slug(), null, "source-changed", sourceNumber + " → " + published));
		}
		int latest = revisions.latest(file.slug(), target, viewer).map(RevisionView::number).orElse(0);
		if (anyTarget && latest != base) {
			problems.add(new Problem(file.line(), file.slug(), null, "conflict", base + " → " + latest));
		}
		return problems.size() == before ? Optional.of(new Checked(file.slug(), base, targets)) : Optional.empty();
	}

	private Report apply(String fileName, Language target, List<Checked> checked, List<String> untranslated,
			Viewer viewer) {
		List<Applied> applied = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		for (Checked entry : checked) {
			RevisionText text = XliffUnits.assemble(entry.targets());
			Optional<RevisionView> latest = revisions.latest(entry.slug(), target, viewer);
			if (latest.isPresent() && latest.get().status() != RevisionStatus.UNPUBLISHED
					&& latest.get().text().equals(text)) {
				unchanged.add(entry.slug());
				continue;
			}
			RevisionView saved = revisions.save(entry.slug(), target, text, "XLIFF import " + fileName, entry.base(),
					viewer);
			applied.add(new Applied(entry.slug(), saved.number()));
		}
		return new Report(fileName, target, applied, unchanged, untranslated, List.of());
	}

	/**
	 * Title and summary must be translated; an empty key point or body block is simply left out, since a
	 * translation may well say in two paragraphs what English says in three.
	 */
	private static boolean required(String unitId, Map<String, String> expected) {
		return ("title".equals(unitId) || "summary".equals(unitId)) && !expected.get(unitId).isBlank();
	}

	private static Report refused(String fileName, Language target, List<Problem> problems) {
		return new Report(fileName, target, List.of(), List.of(), List.of(), List.copyOf(problems));
	}

	private static String primary(String tag) {
		return tag == null ? null : tag.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
	}

	private static Integer number(String text) {
		try {
			return text == null ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** Line ends as the editor stores them; trailing spaces a tool may add do not count. */
	private static String normal(String text) {
		return text.replace("\r\n", "\n").strip();
	}

}
