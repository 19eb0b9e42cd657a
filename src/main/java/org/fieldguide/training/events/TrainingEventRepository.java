package org.fieldguide.training.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingEventRepository extends JpaRepository<TrainingEvent, Long> {

	Optional<TrainingEvent> findByCode(String code);

	boolean existsByCode(String code);

	@Query("select e from TrainingEvent e where :account member of e.facilitators order by e.startDate desc, e.id desc")
	List<TrainingEvent> findFacilitatedBy(Long account);

	List<TrainingEvent> findAllByOrderByStartDateDescIdDesc();

	List<TrainingEvent> findByInvitationOnlyFalseAndEndDateGreaterThanEqualOrderByStartDate(LocalDate today);

	List<TrainingEvent> findByDataErasedAtIsNullAndEndDateBefore(LocalDate cutoff);

}
