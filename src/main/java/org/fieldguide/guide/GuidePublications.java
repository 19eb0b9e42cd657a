package org.fieldguide.guide;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.fieldguide.access.Viewer;
import org.fieldguide.access.VisibilityPolicy;
import org.fieldguide.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each publication of an entry's text in one language, with the publisher's one-line summary of the change,
 * for the public "what changed" page. Written by {@link GuideEditing#publishTranslation} in the publishing
 * transaction, so the guide needs nothing from the editorial module to show it.
 */
@Service
public class GuidePublications {

	/** A publication a reader may see: which entry, in which language, when, and what changed in a line. */
	public record Publication(String entrySlug, Language language, Instant publishedAt, String summary) {

		public java.time.LocalDate publishedOn() {
			return java.time.LocalDate.ofInstant(publishedAt, java.time.ZoneOffset.UTC);
		}

	}

	private final JdbcClient jdbc;

	private final VisibilityPolicy policy;

	GuidePublications(JdbcClient jdbc, VisibilityPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	void record(long entryId, Language language, Instant at, String summary) {
		jdbc.sql("insert into guide_publication (entry_id, language, published_at, change_summary)"
				+ " values (:entry, :lang, :at, :summary)")
			.param("entry", entryId)
			.param("lang", language.code())
			.param("at", Timestamp.from(at))
			.param("summary", summary == null || summary.isBlank() ? null : cut(summary.strip(), 300))
			.update();
	}

	/**
	 * Publications with a summary in this language after {@code since}, newest first, of entries the viewer
	 * may read (an anonymous reader never gets a staff entry's summary).
	 */
	@Transactional(readOnly = true)
	public List<Publication> since(Instant since, Language language, Viewer viewer) {
		return jdbc.sql("""
				select e.slug, p.language, p.published_at, p.change_summary from guide_publication p
				join entry e on e.id = p.entry_id join category c on c.id = e.category_id
				where p.language = :lang and p.published_at >= :since and p.change_summary is not null
				and (:staff or (e.visibility = 'PUBLIC' and c.visibility = 'PUBLIC'))
				order by p.published_at desc, p.id desc""")
			.param("lang", language.code())
			.param("since", Timestamp.from(since))
			.param("staff", policy.mayReadStaff(viewer))
			.query((rs, n) -> new Publication(rs.getString(1), Language.ofPage(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
