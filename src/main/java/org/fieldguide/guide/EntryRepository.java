package org.fieldguide.guide;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fieldguide.access.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Every reader query names the visibilities the viewer may read; an entry is readable only when it,
 * its category and its parent (if any) all are.
 */
interface EntryRepository extends JpaRepository<Entry, Long> {

	String READABLE = " e.visibility in :readable and c.visibility in :readable"
			+ " and (p is null or p.visibility in :readable) ";

	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p where e.slug = :slug and"
			+ READABLE)
	Optional<Entry> findReadable(String slug, Collection<Visibility> readable);

	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p where" + READABLE
			+ "order by c.position, e.position")
	List<Entry> findAllReadable(Collection<Visibility> readable);

	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p where c.slug = :category and"
			+ READABLE + "order by e.position")
	List<Entry> findReadableInCategory(String category, Collection<Visibility> readable);

	@Query("select e from Entry e join fetch e.category c left join fetch e.parent p join e.phases ph"
			+ " where ph = :phase and" + READABLE + "order by c.position, e.position")
	List<Entry> findReadableInPhase(Phase phase, Collection<Visibility> readable);

	@Query("select r from Entry x join x.related r join r.category c left join r.parent p where x.id = :entryId and"
			+ " r.visibility in :readable and c.visibility in :readable and (p is null or p.visibility in :readable)"
			+ " order by index(r)")
	List<Entry> findReadableRelated(Long entryId, Collection<Visibility> readable);

	@Query("select distinct e.id, ph from Entry e join e.phases ph where e.id in :ids")
	List<Object[]> findPhases(Collection<Long> ids);

	@Query("select t from EntryTranslation t where t.entry.id in :ids and t.language in :languages")
	List<EntryTranslation> findTranslations(Collection<Long> ids, Collection<String> languages);

	@Query("select t.entry.id, t.language from EntryTranslation t where t.entry.id = :id")
	List<Object[]> findLanguages(Long id);

	/** Readable entries whose title or summary, in one of the languages, contains the (lower-case) text. */
	@Query("select distinct e from EntryTranslation t join t.entry e join fetch e.category c left join fetch e.parent p"
			+ " where t.language in :languages and (lower(t.title) like :pattern escape '\\'"
			+ " or lower(t.summary) like :pattern escape '\\') and" + READABLE + "order by c.position, e.position")
	List<Entry> findReadableMatching(String pattern, Collection<String> languages, Collection<Visibility> readable);

	Optional<Entry> findBySlug(String slug);

}
