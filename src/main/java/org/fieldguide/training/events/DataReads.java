package org.fieldguide.training.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.fieldguide.access.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read participants' personal data, when, and which: every list, page, export and erasure by a
 * trainer or administrator is recorded. The audit module keeps only sign-ins so far, so these reads
 * have their own append-only table; written in the reading request's transaction, so none is lost.
 */
@Component
class DataReads {

	/** One recorded read. */
	record Read(Instant at, long accountId, long eventId, Long participantId, String action) {
	}

	private final JdbcClient jdbc;

	DataReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	void record(Viewer viewer, TrainingEvent event, Long participantId, String action) {
		jdbc.sql("insert into training_data_read (occurred_at, account_id, event_id, participant_id, action) "
				+ "values (?, ?, ?, ?, ?)")
			.params(Timestamp.from(Instant.now()), viewer.accountId(), event.id(), participantId, action)
			.update();
	}

	@Transactional(readOnly = true)
	List<Read> of(TrainingEvent event) {
		return jdbc.sql("select occurred_at, account_id, event_id, participant_id, action from training_data_read "
				+ "where event_id = ? order by id desc")
			.param(event.id())
			.query((rs, n) -> new Read(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getLong(3),
					(Long) rs.getObject(4, Long.class), rs.getString(5)))
			.list();
	}

}
