package org.fieldguide.training.events;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TestSheetRepository extends JpaRepository<TestSheet, Long> {

	List<TestSheet> findByParticipantId(Long participantId);

	List<TestSheet> findByParticipantIdIn(Collection<Long> participantIds);

	boolean existsByParticipantIdAndModuleSlugAndPhase(Long participantId, String moduleSlug, TestSheet.Phase phase);

}
