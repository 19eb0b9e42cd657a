package org.fieldguide.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every reader query names the visibilities the viewer may read (see {@link EntryRepository}). */
interface ResourceRepository extends JpaRepository<Resource, Long> {

	String READABLE_RESOURCE = " (r.visibility = " + EntryRepository.PUBLIC + " or " + EntryRepository.STAFF_READABLE
			+ ") ";

	@Query("select distinct r from Resource r left join fetch r.texts left join fetch r.files where"
			+ READABLE_RESOURCE + "order by r.slug")
	List<Resource> findReadable(boolean staff);

	@Query("select distinct r from Resource r join r.entries x left join fetch r.texts left join fetch r.files"
			+ " where x.id = :entryId and" + READABLE_RESOURCE)
	List<Resource> findReadableForEntry(Long entryId, boolean staff);

	@Query("select r from Resource r left join fetch r.files where r.slug = :slug and" + READABLE_RESOURCE)
	Optional<Resource> findReadable(String slug, boolean staff);

	/** For each readable resource, the readable entries it is attached to: id, entry id, category slug. */
	@Query("select r.id, e.id, c.slug from Resource r join r.entries e join e.category c left join e.parent p"
			+ " where" + EntryRepository.READABLE + "and" + READABLE_RESOURCE)
	List<Object[]> findReadableLinks(boolean staff);

}
