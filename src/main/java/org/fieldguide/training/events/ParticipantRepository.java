package org.fieldguide.training.events;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findByEventIdOrderByRegisteredAtAscIdAsc(Long eventId);

	Optional<Participant> findByToken(String token);

	Optional<Participant> findByEventIdAndEmail(Long eventId, String email);

	Optional<Participant> findByCertificateCode(String code);

	long countByEventIdAndStatus(Long eventId, Participant.Status status);

	List<Participant> findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(Long eventId, Participant.Status status);

}
