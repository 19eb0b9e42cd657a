package org.fieldguide.training.events;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme in numbers, over all events and without any personal data: events and participants
 * with a place, by country, year, module and kind of organisation. Counts survive erasure, since
 * erasure keeps the participant rows without what identifies them.
 */
@Component
class Dashboard {

	/** One group: its key (country code, year, module slug or kind), events and participants. */
	public record Group(String key, long events, long participants) {
	}

	private static final String PLACED = "p.event_id = e.id and p.status = 'REGISTERED'";

	private final JdbcClient jdbc;

	Dashboard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<Group> byCountry() {
		return groups("select e.country, count(distinct e.id), count(p.id) from training_event e "
				+ "left join training_participant p on " + PLACED + " group by e.country order by count(p.id) desc, e.country");
	}

	@Transactional(readOnly = true)
	List<Group> byYear() {
		return groups("select cast(t.y as varchar(4)), count(distinct t.id), count(t.pid) from (select "
				+ "extract(year from e.start_date) as y, e.id as id, p.id as pid from training_event e "
				+ "left join training_participant p on " + PLACED + ") t group by t.y order by t.y");
	}

	@Transactional(readOnly = true)
	List<Group> byModule() {
		return groups("select m.module_slug, count(distinct e.id), count(p.id) from training_event_module m "
				+ "join training_event e on e.id = m.event_id left join training_participant p on " + PLACED
				+ " group by m.module_slug order by m.module_slug");
	}

	@Transactional(readOnly = true)
	List<Group> byKind() {
		return groups("select p.kind, count(distinct e.id), count(p.id) from training_event e "
				+ "join training_participant p on " + PLACED + " group by p.kind order by p.kind");
	}

	private List<Group> groups(String sql) {
		return jdbc.sql(sql).query((rs, n) -> new Group(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
	}

}
