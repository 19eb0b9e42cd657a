package org.fieldguide.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The index's life cycle. Changes made through JPA are indexed automatically when they commit. On start
 * the index is compared with the database; when it is missing or out of step (a new installation of an
 * existing database, a deleted index folder) it is rebuilt in the background with Hibernate Search's
 * mass indexer, readiness is held at "refusing traffic" meanwhile, and the search page says the index
 * is being rebuilt instead of failing. Administrators can start a rebuild too, and follow its progress.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class SearchIndexState implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexState.class);

	private static final List<String> ENTITIES = List.of("Entry", "Resource");

	private final EntityManagerFactory entityManagerFactory;

	private final ApplicationEventPublisher events;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong expected = new AtomicLong();

	SearchIndexState(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events) {
		this.entityManagerFactory = entityManagerFactory;
		this.events = events;
	}

	public boolean rebuilding() {
		return rebuilding.get();
	}

	/** Documents indexed so far and expected, while rebuilding. */
	public long[] progress() {
		return new long[] { done.get(), expected.get() };
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean asked = args.containsOption("reindex");
		long inDatabase = countInDatabase();
		long inIndex = countInIndex();
		if (asked || inIndex != inDatabase) {
			log.info("Search index has {} documents for {} entries and resources{}: rebuilding", inIndex, inDatabase,
					asked ? " (--reindex)" : "");
			rebuild();
		}
	}

	/** Starts a full rebuild in the background; false when one is already running. */
	public boolean rebuild() {
		if (!rebuilding.compareAndSet(false, true)) {
			return false;
		}
		events.publishEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		done.set(0);
		expected.set(countInDatabase());
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		MassIndexer indexer = mapping.scope(Object.class, ENTITIES)
			.massIndexer()
			.threadsToLoadObjects(1)
			.batchSizeToLoadObjects(50)
			.monitor(new org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor() {
				@Override
				public void documentsAdded(long increment) {
				}

				@Override
				public void documentsBuilt(long increment) {
					done.addAndGet(increment);
				}

				@Override
				public void entitiesLoaded(long increment) {
				}

				@Override
				public void addToTotalCount(long increment) {
				}

				@Override
				public void indexingCompleted() {
				}
			});
		indexer.start().whenComplete((ignored, failure) -> {
			rebuilding.set(false);
			if (failure != null) {
				log.error("Rebuilding the search index failed", failure);
			}
			else {
				log.info("Search index rebuilt: {} documents", done.get());
			}
			events.publishEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		});
		return true;
	}

	long countInDatabase() {
		var em = entityManagerFactory.createEntityManager();
		try {
			long entries = em.createQuery("select count(e) from Entry e", Long.class).getSingleResult();
			long resources = em.createQuery("select count(r) from Resource r", Long.class).getSingleResult();
			return entries + resources;
		}
		finally {
			em.close();
		}
	}

	long countInIndex() {
		var em = entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(em);
			return session.search(session.scope(Object.class, ENTITIES)).where(f -> f.matchAll()).fetchTotalHitCount();
		}
		catch (RuntimeException unreadable) {
			log.warn("The search index could not be read: {}", unreadable.getMessage());
			return -1;
		}
		finally {
			em.close();
		}
	}

}
