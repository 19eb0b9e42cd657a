package org.fieldguide.guide;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reader queries: every one states what the viewer may read ({@link VisibilityClauses}). */
interface ResourceRepository extends JpaRepository<Resource, Long> {

	@Query("select distinct r from Resource r left join fetch r.texts left join fetch r.files where"
			+ VisibilityClauses.RESOURCE + "order by r.slug")
	List<Resource> findReadable(boolean staff);

	@Query("select distinct r from Resource r join r.entries x left join fetch r.texts left join fetch r.files"
			+ " where x.id = :entryId and" + VisibilityClauses.RESOURCE)
	List<Resource> findReadableForEntry(Long entryId, boolean staff);

	@Query("select r from Resource r left join fetch r.files where r.slug = :slug and" + VisibilityClauses.RESOURCE)
	Optional<Resource> findReadable(String slug, boolean staff);

	/** Whether a resource with this slug exists at all, readable or not: to tell "sign in" from "not found". */
	boolean existsBySlug(String slug);

	/** For each readable resource, the readable entries it is attached to: id, entry id, category slug. */
	@Query("select r.id, e.id, c.slug from Resource r join r.entries e join e.category c left join e.parent p"
			+ " where" + VisibilityClauses.ENTRY + "and" + VisibilityClauses.RESOURCE)
	List<Object[]> findReadableLinks(boolean staff);

}
