package org.fieldguide.guide;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reader queries: every one states what the viewer may read ({@link VisibilityClauses}). */
interface EntryRepository extends JpaRepository<Entry, Long> {

	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p where e.slug = :slug and"
			+ VisibilityClauses.ENTRY)
	Optional<Entry> findReadable(String slug, boolean staff);

	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p where" + VisibilityClauses.ENTRY
			+ "order by c.position, e.position")
	List<Entry> findAllReadable(boolean staff);

	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p where c.slug = :category and"
			+ VisibilityClauses.ENTRY + "order by e.position")
	List<Entry> findReadableInCategory(String category, boolean staff);

	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p join e.phases ph"
			+ " where ph = :phase and" + VisibilityClauses.ENTRY + "order by c.position, e.position")
	List<Entry> findReadableInPhase(Phase phase, boolean staff);

	@Query("select e from Entry x join x.related e join e.category c left join e.parent p where x.id = :entryId and"
			+ VisibilityClauses.ENTRY + "order by index(e)")
	List<Entry> findReadableRelated(Long entryId, boolean staff);

	/** Titles and summaries only, for cards: entry id, language, title, summary. */
	@Query("select t.entry.id, t.language, t.title, t.summary from EntryTranslation t"
			+ " where t.entry.id in :ids and (t.language = :language or t.language = :source)")
	List<Object[]> findTitles(Collection<Long> ids, String language, String source);

	/** Titles alone, for locked entries: entry id, language, title. Nothing else of them is read. */
	@Query("select t.entry.id, t.language, t.title from EntryTranslation t"
			+ " where t.entry.id in :ids and (t.language = :language or t.language = :source)")
	List<Object[]> findTitlesOnly(Collection<Long> ids, String language, String source);

	/** Languages of every readable entry, for the sitemap: entry id, language. */
	@Query("select t.entry.id, t.language from EntryTranslation t join t.entry e join e.category c left join e.parent p"
			+ " where" + VisibilityClauses.ENTRY)
	List<Object[]> findReadableLanguages(boolean staff);

	/** Readable entries whose text in a language (or the source language) changed after a moment: id, when. */
	@Query("select e.id, max(t.updatedAt) from EntryTranslation t join t.entry e join e.category c left join e.parent p"
			+ " where t.updatedAt > :since and (t.language = :language or t.language = :source) and"
			+ VisibilityClauses.ENTRY + "group by e.id")
	List<Object[]> findReadableChangedSince(java.time.Instant since, String language, String source, boolean staff);

	@Query("select t.language from EntryTranslation t where t.entry.id = :id")
	List<String> findLanguages(Long id);

	@Query("select t from EntryTranslation t where t.entry.id = :id and t.language = :language")
	Optional<EntryTranslation> findTranslation(Long id, String language);

	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p where p.id = :parentId and"
			+ VisibilityClauses.ENTRY + "order by e.position")
	List<Entry> findReadableChildren(Long parentId, boolean staff);

	Optional<Entry> findBySlug(String slug);

	/** Whether the entry exists in the category at all, readable or not: to tell "sign in" from "not found". */
	@Query("select count(e) > 0 from Entry e where e.slug = :slug and e.category.slug = :category")
	boolean exists(String category, String slug);

	/**
	 * Entries of a public category that only staff may read (restricted themselves or under a restricted
	 * parent): the policy may let others see their titles, locked.
	 */
	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p where c.slug = :category"
			+ " and c.visibility = " + VisibilityClauses.PUBLIC + " and (e.visibility <> " + VisibilityClauses.PUBLIC
			+ " or p.visibility <> " + VisibilityClauses.PUBLIC + ") order by e.position")
	List<Entry> findStaffOnlyInPublicCategory(String category);

	/** When any entry or one of its translations last changed, or null in an empty guide. */
	@Query("select max(t.updatedAt) from EntryTranslation t")
	java.time.Instant latestUpdate();

}
