package es.viogen.intake.entity;

import es.viogen.intake.api.IncidentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/** A new event on a case (hecho / incidencia). */
@Entity
@Table(name = "incident", schema = "intake")
public class Incident implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IncidentType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 300)
    private String place;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "requires_reassessment", nullable = false)
    private boolean requiresReassessment;

    @Column(name = "reactivated_case", nullable = false)
    private boolean reactivatedCase;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    /** A serious incident's confirmation by the regional unit (null while unconfirmed, and for other types). */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 80)
    private String confirmedBy;

    @Version
    private long version;

    protected Incident() {
    }

    public Incident(long caseId, IncidentType type, Instant occurredAt, String place, String description, String source,
                    boolean reactivatedCase, Instant recordedAt, String recordedBy) {
        this.caseId = caseId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.place = place;
        this.description = description;
        this.source = source;
        this.requiresReassessment = type.requiresReassessment();
        this.reactivatedCase = reactivatedCase;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public IncidentType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }

    public String getSource() {
        return source;
    }

    public boolean isRequiresReassessment() {
        return requiresReassessment;
    }

    public boolean isReactivatedCase() {
        return reactivatedCase;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    /** Whether the regional unit still has to confirm this incident. */
    public boolean isAwaitingConfirmation() {
        return type.isSerious() && confirmedAt == null;
    }

    /** The regional unit confirms a serious incident. */
    public void confirm(String by, Instant at) {
        if (!type.isSerious()) {
            throw new IllegalStateException("only serious incidents are confirmed");
        }
        this.confirmedBy = by;
        this.confirmedAt = at;
    }
}
