package org.fieldguide.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignInRecordRepository extends JpaRepository<SignInRecord, Long> {

	/** Newest first; optionally only one account's lines and only failures. */
	@Query("select s from SignInRecord s where (:accountId is null or s.accountId = :accountId)"
			+ " and (:failuresOnly = false or s.success = false) order by s.occurredAt desc, s.id desc")
	Page<SignInRecord> find(Long accountId, boolean failuresOnly, Pageable page);

}
