package org.fieldguide.guide;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.access.Visibility;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.platform.Language;
import org.fieldguide.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns each entry and resource and by when it must be looked at again. The two columns live on the
 * guide's own tables (the guide is what is governed; a package import or a slug change carries them along).
 * A review-by date that was never set is derived: the date the text was last reviewed (or updated) plus
 * {@code fieldguide.editorial.review-period}, so changing the period applies to all such content at once.
 */
@Service
public class GuideGovernance {

	/** Days ahead that count as "due soon". */
	public static final int DUE_SOON_DAYS = 30;

	public enum Kind {

		ENTRY, RESOURCE;

		public String slug() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public static Kind fromSlug(String slug) {
			return Stream.of(values()).filter(k -> k.slug().equals(slug)).findFirst()
				.orElseThrow(() -> new NotFoundException("No kind " + slug));
		}

	}

	/** One governed item; {@code reviewBy} is the effective date, {@code derived} when it was never set. */
	public record Governed(Kind kind, String slug, String categorySlug, String title, Visibility visibility,
			String owner, LocalDate reviewBy, boolean derived) {

		public boolean overdue(LocalDate today) {
			return reviewBy.isBefore(today);
		}

		public boolean dueSoon(LocalDate today) {
			return !overdue(today) && !reviewBy.isAfter(today.plusDays(DUE_SOON_DAYS));
		}

	}

	public record Counts(long overdue, long dueSoon) {
	}

	private static final String ENTRIES = """
			select 'ENTRY' as kind, e.slug, c.slug as category, coalesce(tl.title, te.title, e.slug) as title,
			 e.visibility, e.owner_name, e.review_by, coalesce(te.reviewed_on, cast(te.updated_at as date),
			 cast(e.updated_at as date)) as base
			from entry e join category c on c.id = e.category_id
			left join entry_translation te on te.entry_id = e.id and te.language = 'en'
			left join entry_translation tl on tl.entry_id = e.id and tl.language = :lang
			where (:staff or (e.visibility = 'PUBLIC' and c.visibility = 'PUBLIC'))""";

	private static final String RESOURCES = """
			select 'RESOURCE' as kind, r.slug, null as category, coalesce(tl.title, te.title, r.slug) as title,
			 r.visibility, r.owner_name, r.review_by, cast(r.updated_at as date) as base
			from resource r
			left join resource_text te on te.resource_id = r.id and te.language = 'en'
			left join resource_text tl on tl.resource_id = r.id and tl.language = :lang
			where (:staff or r.visibility = 'PUBLIC')""";

	private final JdbcClient jdbc;

	private final VisibilityPolicy policy;

	private final ApplicationEventPublisher events;

	private final Period period;

	private final Clock clock = Clock.systemUTC();

	GuideGovernance(JdbcClient jdbc, VisibilityPolicy policy, ApplicationEventPublisher events,
			@Value("${fieldguide.editorial.review-period:P12M}") Period period) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.events = events;
		this.period = period;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	/** Every entry and resource the editor may read, soonest review first. */
	@Transactional(readOnly = true)
	public List<Governed> all(Language language, Viewer viewer) {
		requireEditor(viewer);
		return Stream.concat(query(ENTRIES, language, viewer, null).stream(),
				query(RESOURCES, language, viewer, null).stream())
			.sorted(Comparator.comparing(Governed::reviewBy).thenComparing(Governed::slug))
			.toList();
	}

	@Transactional(readOnly = true)
	public Governed one(Kind kind, String slug, Language language, Viewer viewer) {
		requireEditor(viewer);
		return query(kind == Kind.ENTRY ? ENTRIES : RESOURCES, language, viewer, slug).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No " + kind.slug() + " " + slug));
	}

	@Transactional(readOnly = true)
	public Counts counts(Viewer viewer) {
		LocalDate today = today();
		List<Governed> all = all(Language.SOURCE, viewer);
		return new Counts(all.stream().filter(g -> g.overdue(today)).count(),
				all.stream().filter(g -> g.dueSoon(today)).count());
	}

	/** Sets owner (blank for none) and review-by date; an editor or publisher may (architecture decision 23). */
	@Transactional
	public Governed update(Kind kind, String slug, String owner, LocalDate reviewBy, Viewer viewer) {
		return write(one(kind, slug, Language.SOURCE, viewer), owner, reviewBy, false, viewer);
	}

	/** Someone looked at it and it is still right: the review-by date moves to today plus the period. */
	@Transactional
	public Governed markReviewed(Kind kind, String slug, Viewer viewer) {
		Governed item = one(kind, slug, Language.SOURCE, viewer);
		return write(item, item.owner(), today().plus(period), true, viewer);
	}

	/** Whether readers of this public entry get the "under review" note (overdue; the caller checks the setting). */
	@Transactional(readOnly = true)
	public boolean overdue(String entrySlug) {
		List<Governed> found = query(ENTRIES, Language.SOURCE, Viewer.anonymous(), entrySlug);
		return !found.isEmpty() && found.getFirst().overdue(today());
	}

	/** Slugs of the public entries that are overdue now, for the daily check that refreshes kept pages. */
	@Transactional(readOnly = true)
	public List<String> overduePublicEntries() {
		LocalDate today = today();
		return query(ENTRIES, Language.SOURCE, Viewer.anonymous(), null).stream()
			.filter(g -> g.overdue(today))
			.map(Governed::slug)
			.sorted()
			.toList();
	}

	private Governed write(Governed item, String owner, LocalDate reviewBy, boolean reviewed, Viewer viewer) {
		String table = item.kind() == Kind.ENTRY ? "entry" : "resource";
		String cleanOwner = owner == null || owner.isBlank() ? null : owner.strip();
		jdbc.sql("update " + table + " set owner_name = :owner, review_by = :reviewBy where slug = :slug")
			.param("owner", cleanOwner)
			.param("reviewBy", Date.valueOf(reviewBy))
			.param("slug", item.slug())
			.update();
		events.publishEvent(new GovernanceChanged(item.kind(), item.slug(), cleanOwner, reviewBy, reviewed,
				viewer.accountId(), viewer.displayName(), clock.instant()));
		LocalDate today = today();
		if (item.kind() == Kind.ENTRY && item.visibility() == Visibility.PUBLIC
				&& item.overdue(today) != reviewBy.isBefore(today)) {
			// the "under review" note appears or goes: kept pages must be rebuilt
			events.publishEvent(new GuideChanged("review date of " + item.slug()));
		}
		return new Governed(item.kind(), item.slug(), item.categorySlug(), item.title(), item.visibility(),
				cleanOwner, reviewBy, false);
	}

	private List<Governed> query(String sql, Language language, Viewer viewer, String slug) {
		String alias = sql == ENTRIES ? "e" : "r";
		return jdbc.sql(sql + (slug == null ? "" : " and " + alias + ".slug = :slug"))
			.param("lang", language.code())
			.param("staff", policy.mayReadStaff(viewer))
			.params(slug == null ? java.util.Map.of() : java.util.Map.of("slug", slug))
			.query((rs, n) -> {
				Date set = rs.getDate("review_by");
				Date base = rs.getDate("base");
				LocalDate effective = set != null ? set.toLocalDate() : base.toLocalDate().plus(period);
				return new Governed(Kind.valueOf(rs.getString("kind")), rs.getString("slug"),
						rs.getString("category"), rs.getString("title"), Visibility.valueOf(rs.getString("visibility")),
						rs.getString("owner_name"), effective, set == null);
			})
			.list();
	}

	static void requireEditor(Viewer viewer) {
		if (!viewer.has(Role.EDITOR) && !viewer.has(Role.PUBLISHER)) {
			throw new AccessDeniedException("Only editors and publishers manage reviews");
		}
	}

}
