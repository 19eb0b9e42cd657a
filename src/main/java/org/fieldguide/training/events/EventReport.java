package org.fieldguide.training.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What an event achieved, from anonymous facts only (attendance, scores, ratings, kinds of organisation),
 * so that it reads the same after the participants' personal data are erased.
 */
public record EventReport(int registered, int waiting, int certificates, List<DayCount> attendance,
		List<ModuleScores> modules, List<AspectRating> ratings, int evaluations, List<String> comments,
		Map<OrganisationKind, Integer> kinds) {

	public record DayCount(LocalDate day, int present, int registered) {
	}

	/** Average scores in percent; null where nobody took that test. */
	public record ModuleScores(String slug, String title, Double pre, int preCount, Double post, int postCount) {

		/** Post minus pre in percentage points, when both exist. */
		public Double change() {
			return pre == null || post == null ? null : post - pre;
		}

	}

	public record AspectRating(String aspect, Double average, int count) {
	}

	static EventReport of(TrainingEvent event, List<Participant> participants, List<TestSheet> sheets,
			Map<String, String> moduleTitles, java.util.function.BiPredicate<TrainingEvent, Participant> certified) {
		List<Participant> placed = participants.stream().filter(p -> p.status() == Participant.Status.REGISTERED).toList();
		List<DayCount> days = new ArrayList<>();
		for (LocalDate day : event.days()) {
			days.add(new DayCount(day, (int) placed.stream().filter(p -> p.attendance().contains(day)).count(),
					placed.size()));
		}
		List<ModuleScores> modules = new ArrayList<>();
		for (String slug : event.modules()) {
			OptionalDouble pre = average(sheets, slug, TestSheet.Phase.PRE);
			OptionalDouble post = average(sheets, slug, TestSheet.Phase.POST);
			modules.add(new ModuleScores(slug, moduleTitles.getOrDefault(slug, slug),
					pre.isPresent() ? round(pre.getAsDouble()) : null, count(sheets, slug, TestSheet.Phase.PRE),
					post.isPresent() ? round(post.getAsDouble()) : null, count(sheets, slug, TestSheet.Phase.POST)));
		}
		List<Evaluation> evaluations = placed.stream().map(Participant::evaluation).filter(e -> e != null).toList();
		List<AspectRating> ratings = new ArrayList<>();
		for (String aspect : Evaluation.ASPECTS) {
			OptionalDouble avg = evaluations.stream().mapToInt(e -> e.rating(aspect)).average();
			ratings.add(new AspectRating(aspect, avg.isPresent() ? Math.round(avg.getAsDouble() * 10) / 10.0 : null,
					evaluations.size()));
		}
		List<String> comments = evaluations.stream().map(Evaluation::comments).filter(c -> c != null).toList();
		Map<OrganisationKind, Integer> kinds = new EnumMap<>(OrganisationKind.class);
		placed.forEach(p -> kinds.merge(p.kind(), 1, Integer::sum));
		return new EventReport(placed.size(), participants.size() - placed.size(),
				(int) placed.stream().filter(p -> certified.test(event, p)).count(), days, modules, ratings,
				evaluations.size(), comments, kinds);
	}

	private static OptionalDouble average(List<TestSheet> sheets, String slug, TestSheet.Phase phase) {
		return sheets.stream().filter(s -> s.moduleSlug().equals(slug) && s.phase() == phase)
			.mapToDouble(s -> 100 * s.score().share()).average();
	}

	private static int count(List<TestSheet> sheets, String slug, TestSheet.Phase phase) {
		return (int) sheets.stream().filter(s -> s.moduleSlug().equals(slug) && s.phase() == phase).count();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** The report as CSV rows (section, item, value…), for spreadsheets. */
	List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("section", "item", "value", "count"));
		rows.add(List.of("participants", "registered", String.valueOf(registered), ""));
		rows.add(List.of("participants", "waiting", String.valueOf(waiting), ""));
		rows.add(List.of("participants", "certificates", String.valueOf(certificates), ""));
		kinds.forEach((k, n) -> rows.add(List.of("kind", k.name().toLowerCase(java.util.Locale.ROOT), String.valueOf(n), "")));
		attendance.forEach(d -> rows.add(List.of("attendance", d.day().toString(), String.valueOf(d.present()),
				String.valueOf(d.registered()))));
		for (ModuleScores m : modules) {
			rows.add(List.of("pre-test", m.slug(), text(m.pre()), String.valueOf(m.preCount())));
			rows.add(List.of("post-test", m.slug(), text(m.post()), String.valueOf(m.postCount())));
			rows.add(List.of("change", m.slug(), text(m.change()), ""));
		}
		ratings.forEach(r -> rows.add(List.of("rating", r.aspect(), text(r.average()), String.valueOf(r.count()))));
		return rows;
	}

	private static String text(Double value) {
		return value == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", value);
	}

	static Map<String, String> titles(List<org.fieldguide.training.TrainingManual.ModuleOutline> outlines) {
		Map<String, String> titles = new LinkedHashMap<>();
		outlines.forEach(o -> titles.put(o.slug(), o.title()));
		return titles;
	}

}
