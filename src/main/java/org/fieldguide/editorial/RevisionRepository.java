package org.fieldguide.editorial;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<EditorialRevision, Long> {

	@Query("select r from EditorialRevision r where r.entrySlug = :slug and r.language = :language order by r.number desc")
	List<EditorialRevision> history(String slug, String language);

	@Query("select r from EditorialRevision r where r.entrySlug = :slug and r.language = :language and r.number = :number")
	Optional<EditorialRevision> find(String slug, String language, int number);

	@Query("select coalesce(max(r.number), 0) from EditorialRevision r where r.entrySlug = :slug and r.language = :language")
	int latestNumber(String slug, String language);

	/** The latest revision of every text that has one, for the workspace list. */
	@Query("select r from EditorialRevision r where r.number = (select max(x.number) from EditorialRevision x"
			+ " where x.entrySlug = r.entrySlug and x.language = r.language)")
	List<EditorialRevision> latestOfEach();

	/** Per entry, the newest source-language revision readers see (only entries whose source was ever edited). */
	@Query("select r.entrySlug, max(r.number) from EditorialRevision r where r.language = :language"
			+ " and r.status = :status group by r.entrySlug")
	List<Object[]> newestWithStatus(String language, RevisionStatus status);

}
