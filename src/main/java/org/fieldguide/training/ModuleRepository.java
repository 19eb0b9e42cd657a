package org.fieldguide.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModuleRepository extends JpaRepository<TrainingModule, Long> {

	@Query("select m from TrainingModule m left join fetch m.texts order by m.position")
	List<TrainingModule> findAllInOrder();

	Optional<TrainingModule> findBySlug(String slug);

}
