package org.fieldguide.training.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** An in-person training event: what is taught, when and where, who facilitates, and its event code. */
@Entity
@Table(name = "training_event")
public class TrainingEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String code;

	private LocalDate startDate;

	private LocalDate endDate;

	private String venue;

	private String city;

	private String country;

	private String language;

	private int capacity;

	private boolean invitationOnly;

	private Instant createdAt;

	private Instant dataErasedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "training_event_module", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	@Column(name = "module_slug")
	private List<String> modules = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "training_event_facilitator", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "account_id")
	private Set<Long> facilitators = new LinkedHashSet<>();

	protected TrainingEvent() {
	}

	TrainingEvent(String code, Instant createdAt) {
		this.code = code;
		this.createdAt = createdAt;
	}

	void update(EventForm.Valid form) {
		this.title = form.title();
		this.startDate = form.startDate();
		this.endDate = form.endDate();
		this.venue = form.venue();
		this.city = form.city();
		this.country = form.country();
		this.language = form.language().code();
		this.capacity = form.capacity();
		this.invitationOnly = form.invitationOnly();
		this.modules.clear();
		this.modules.addAll(form.modules());
		this.facilitators.clear();
		this.facilitators.addAll(form.facilitators());
	}

	/** The days of the event, first to last. */
	public List<LocalDate> days() {
		return startDate.datesUntil(endDate.plusDays(1)).toList();
	}

	/** The code opens self-registration until the end of the event's last day. */
	boolean codeExpired(LocalDate today) {
		return today.isAfter(endDate);
	}

	void personalDataErased(Instant at) {
		this.dataErasedAt = at;
	}

	public Long id() { return id; }
	public String title() { return title; }
	public String code() { return code; }
	public LocalDate startDate() { return startDate; }
	public LocalDate endDate() { return endDate; }
	public String venue() { return venue; }
	public String city() { return city; }
	public String country() { return country; }
	public String language() { return language; }
	public int capacity() { return capacity; }
	public boolean invitationOnly() { return invitationOnly; }
	public Instant dataErasedAt() { return dataErasedAt; }
	public List<String> modules() { return List.copyOf(modules); }
	public Set<Long> facilitators() { return Set.copyOf(facilitators); }

}
