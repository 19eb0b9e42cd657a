package org.fieldguide.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the sign-in log; written once, never changed. */
@Entity
@Table(name = "sign_in_audit")
public class SignInRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(name = "account_id", updatable = false)
	private Long accountId;

	@Column(updatable = false)
	private String username;

	@Column(nullable = false, updatable = false)
	private String method;

	@Column(name = "source_address", updatable = false)
	private String sourceAddress;

	@Column(nullable = false, updatable = false)
	private boolean success;

	@Column(nullable = false, updatable = false)
	private String reason;

	protected SignInRecord() {
	}

	SignInRecord(Instant occurredAt, Long accountId, String username, String method, String sourceAddress,
			boolean success, String reason) {
		this.occurredAt = occurredAt;
		this.accountId = accountId;
		this.username = cut(username, 200);
		this.method = cut(method, 60);
		this.sourceAddress = cut(sourceAddress, 64);
		this.success = success;
		this.reason = cut(reason, 200);
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public Long accountId() {
		return accountId;
	}

	public String username() {
		return username;
	}

	public String method() {
		return method;
	}

	public String sourceAddress() {
		return sourceAddress;
	}

	public boolean success() {
		return success;
	}

	public String reason() {
		return reason;
	}

}
