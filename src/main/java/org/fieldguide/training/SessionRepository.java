package org.fieldguide.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionRepository extends JpaRepository<TrainingSession, Long> {

	@Query("select s from TrainingSession s join fetch s.module m left join fetch s.texts order by m.position, s.position")
	List<TrainingSession> findAllInOrder();

	@Query("select s from TrainingSession s join fetch s.module m left join fetch s.texts where m.slug = :module order by s.position")
	List<TrainingSession> findInModule(String module);

	@Query("select s from TrainingSession s join fetch s.module m where s.slug = :slug and m.slug = :module")
	Optional<TrainingSession> findInModule(String module, String slug);

	/** Sessions that teach an entry, in manual order. */
	@Query("select s from TrainingSession s join fetch s.module m join s.entries e left join fetch s.texts"
			+ " where e = :entrySlug order by m.position, s.position")
	List<TrainingSession> findTeaching(String entrySlug);

}
