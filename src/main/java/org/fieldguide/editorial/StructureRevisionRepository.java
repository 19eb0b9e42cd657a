package org.fieldguide.editorial;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StructureRevisionRepository extends JpaRepository<StructureRevision, Long> {

	@Query("select r from StructureRevision r where r.kind = :kind and r.slug = :slug order by r.number desc")
	List<StructureRevision> history(StructureRevision.Kind kind, String slug);

	@Query("select r from StructureRevision r where r.kind = :kind and r.slug = :slug and r.number = :number")
	Optional<StructureRevision> find(StructureRevision.Kind kind, String slug, int number);

}
