package org.fieldguide.training.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A person registered for an event (or waiting for a place), with their attendance and evaluation. Their
 * personal data (name, organisation, e-mail, phone, link token, comments) can be erased; what is left
 * (kind of organisation, attendance, scores, ratings) is anonymous and keeps the reports' numbers.
 */
@Entity
@Table(name = "training_participant")
public class Participant {

	public enum Status { REGISTERED, WAITING }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long eventId;

	private String token;

	private String name;

	private String organisation;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private String email;

	private String phone;

	private Instant consentAt;

	private Instant registeredAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String source;

	private String certificateCode;

	private boolean erased;

	private Integer ratingContent;

	private Integer ratingFacilitation;

	private Integer ratingMaterials;

	private Integer ratingUsefulness;

	private Integer ratingOrganisation;

	private String evaluationComments;

	private Instant evaluatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "participant_id"))
	@Column(name = "attended_on")
	private Set<LocalDate> attendance = new TreeSet<>();

	protected Participant() {
	}

	Participant(Long eventId, String token, ParticipantForm.Valid form, Status status, String source, Instant at) {
		this.eventId = eventId;
		this.token = token;
		this.status = status;
		this.source = source;
		this.registeredAt = at;
		update(form, at);
	}

	void update(ParticipantForm.Valid form, Instant at) {
		this.name = form.name();
		this.organisation = form.organisation();
		this.kind = form.kind();
		this.email = form.email();
		this.phone = form.phone();
		this.consentAt = at;
	}

	/** A waiting participant takes a freed place. */
	void promote() {
		if (status != Status.WAITING) {
			throw new IllegalStateException("Only a waiting participant can be given a place");
		}
		status = Status.REGISTERED;
	}

	void attended(LocalDate day, boolean present) {
		if (present) {
			attendance.add(day);
		}
		else {
			attendance.remove(day);
		}
	}

	/** Records the end-of-event evaluation; a participant evaluates once. */
	void evaluate(Evaluation evaluation, Instant at) {
		if (evaluatedAt != null) {
			throw new IllegalStateException("Already evaluated");
		}
		ratingContent = evaluation.content();
		ratingFacilitation = evaluation.facilitation();
		ratingMaterials = evaluation.materials();
		ratingUsefulness = evaluation.usefulness();
		ratingOrganisation = evaluation.organisation();
		evaluationComments = evaluation.comments();
		evaluatedAt = at;
	}

	void certify(String code) {
		if (certificateCode == null) {
			certificateCode = code;
		}
	}

	/** Removes everything that identifies the person; what is left only counts. */
	void erase() {
		name = null;
		organisation = null;
		email = null;
		phone = null;
		token = null;
		evaluationComments = null;
		erased = true;
	}

	public Evaluation evaluation() {
		return evaluatedAt == null ? null : new Evaluation(ratingContent, ratingFacilitation, ratingMaterials,
				ratingUsefulness, ratingOrganisation, evaluationComments);
	}

	public Long id() { return id; }
	public Long eventId() { return eventId; }
	public String token() { return token; }
	public String name() { return name; }
	public String organisation() { return organisation; }
	public OrganisationKind kind() { return kind; }
	public String email() { return email; }
	public String phone() { return phone; }
	public Instant consentAt() { return consentAt; }
	public Instant registeredAt() { return registeredAt; }
	public Status status() { return status; }
	public String source() { return source; }
	public String certificateCode() { return certificateCode; }
	public boolean erased() { return erased; }
	public Set<LocalDate> attendance() { return Set.copyOf(attendance); }

}
