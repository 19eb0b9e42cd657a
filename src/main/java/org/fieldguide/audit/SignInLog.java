package org.fieldguide.audit;

import org.fieldguide.access.SignInAttempt;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every {@link SignInAttempt} the access module publishes: time, account, method, source address,
 * outcome and reason. Written in its own transaction, so a failed sign-in is logged even though nothing
 * else is saved.
 */
@Service
public class SignInLog {

	private final SignInRecordRepository records;

	SignInLog(SignInRecordRepository records) {
		this.records = records;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(SignInAttempt attempt) {
		records.save(new SignInRecord(attempt.at(), attempt.accountId(), attempt.username(), attempt.method(),
				attempt.sourceAddress(), attempt.success(), attempt.reason()));
	}

	@Transactional(readOnly = true)
	public Page<SignInRecord> page(Long accountId, boolean failuresOnly, int page, int size) {
		return records.find(accountId, failuresOnly, PageRequest.of(page, size));
	}

}
