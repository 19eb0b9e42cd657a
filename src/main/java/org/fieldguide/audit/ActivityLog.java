package org.fieldguide.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldguide.access.Role;
import org.fieldguide.access.Viewer;
import org.fieldguide.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only activity log of the editorial workspace: who did what to which entry, when. Lines are
 * written in the caller's transaction (a change and its log line are committed together or not at all) and
 * never changed or deleted; there is no update path.
 */
@Service
public class ActivityLog {

	/** The kinds of line, as stored in {@code action}. */
	public static final List<String> ACTIONS = List.of("saved", "restored", "submitted", "published", "returned",
			"unpublished", "created", "structure", "governance", "reviewed", "imported");

	public record Activity(long id, Instant at, Long accountId, String actor, String action, String subject,
			Language language, String detail) {
	}

	/** Filters of the browsing screen; null means "any". Dates are whole days, UTC, both included. */
	public record Filter(String who, String action, String subject, LocalDate from, LocalDate to) {
	}

	public record Page(List<Activity> lines, int number, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	private final JdbcClient jdbc;

	ActivityLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds one line, in the caller's transaction. */
	@Transactional
	public void record(Long accountId, String actorName, String action, String subject, Language language,
			String detail, Instant at) {
		jdbc.sql("insert into activity_log (occurred_at, actor_account_id, actor_name, action, subject, language, detail)"
				+ " values (:at, :account, :actor, :action, :subject, :lang, :detail)")
			.param("at", Timestamp.from(at))
			.param("account", accountId)
			.param("actor", cut(actorName == null || actorName.isBlank() ? "?" : actorName, 200))
			.param("action", cut(action, 40))
			.param("subject", cut(subject, 200))
			.param("lang", language == null ? null : language.code())
			.param("detail", cut(detail, 1000))
			.update();
	}

	/**
	 * Hook for the content-package import (branch content-packages publishes
	 * {@code org.fieldguide.content.PackageImported}): the lead wires it with an {@code @EventListener}
	 * method in {@link EditorialActivity} calling this.
	 */
	@Transactional
	public void imported(Long accountId, String actorName, int added, int changed, int unchanged, Instant at) {
		record(accountId, actorName, "imported", null, null,
				"added " + added + ", changed " + changed + ", unchanged " + unchanged, at);
	}

	/** Newest first; for editors, publishers and administrators only. */
	@Transactional(readOnly = true)
	public Page page(Filter filter, int number, int size, Viewer viewer) {
		if (!viewer.has(Role.EDITOR) && !viewer.has(Role.PUBLISHER) && !viewer.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only editors, publishers and administrators read the activity log");
		}
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.who() != null) {
			where.append(" and lower(actor_name) like :who");
			params.put("who", "%" + filter.who().toLowerCase(java.util.Locale.ROOT) + "%");
		}
		if (filter.action() != null) {
			where.append(" and action = :action");
			params.put("action", filter.action());
		}
		if (filter.subject() != null) {
			where.append(" and subject = :subject");
			params.put("subject", filter.subject());
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		long total = jdbc.sql("select count(*) from activity_log" + where).params(params).query(Long.class).single();
		List<Activity> lines = new ArrayList<>(jdbc
			.sql("select id, occurred_at, actor_account_id, actor_name, action, subject, language, detail"
					+ " from activity_log" + where + " order by occurred_at desc, id desc"
					+ " offset " + ((long) number * size) + " rows fetch next " + size + " rows only")
			.params(params)
			.query((rs, n) -> new Activity(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					(Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getString(6),
					Language.fromCode(rs.getString(7)).orElse(null), rs.getString(8)))
			.list());
		return new Page(lines, number, size, total);
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
