package org.fieldguide.guide;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fieldguide.access.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every reader query names the visibilities the viewer may read. */
interface ResourceRepository extends JpaRepository<Resource, Long> {

	@Query("select distinct r from Resource r left join fetch r.texts left join fetch r.files"
			+ " where r.visibility in :readable order by r.slug")
	List<Resource> findReadable(Collection<Visibility> readable);

	@Query("select distinct r from Resource r join r.entries x left join fetch r.texts left join fetch r.files"
			+ " where x.id = :entryId and r.visibility in :readable")
	List<Resource> findReadableForEntry(Long entryId, Collection<Visibility> readable);

	@Query("select r from Resource r left join fetch r.files where r.slug = :slug and r.visibility in :readable")
	Optional<Resource> findReadable(String slug, Collection<Visibility> readable);

	/** For each readable resource, the readable entries it is attached to: id, entry slug, category slug. */
	@Query("select r.id, e.id, c.slug from Resource r join r.entries e join e.category c left join e.parent p"
			+ " where r.visibility in :readable and e.visibility in :readable and c.visibility in :readable"
			+ " and (p is null or p.visibility in :readable)")
	List<Object[]> findReadableLinks(Collection<Visibility> readable);

}
