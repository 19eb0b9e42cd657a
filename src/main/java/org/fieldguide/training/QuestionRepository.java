package org.fieldguide.training;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionRepository extends JpaRepository<TrainingQuestion, Long> {

	@Query("select q from TrainingQuestion q join q.module m left join fetch q.texts where m.slug = :module order by q.position")
	List<TrainingQuestion> findInModule(String module);

}
