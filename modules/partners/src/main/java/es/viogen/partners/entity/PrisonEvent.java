package es.viogen.partners.entity;

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

import java.time.Instant;
import java.time.LocalDate;

/** A permit, release or admission reported by prison administration, with the incident it became. */
@Entity
@Table(name = "prison_event", schema = "partners")
public class PrisonEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "partner_client", nullable = false)
    private String partnerClient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(nullable = false)
    private String facility;

    private String reason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Version
    private long version;

    protected PrisonEvent() {
    }

    public PrisonEvent(long caseId, long incidentId, String partnerClient, IncidentType type, Instant occurredAt,
                       LocalDate startsOn, LocalDate endsOn, String facility, String reason, Instant receivedAt) {
        this.caseId = caseId;
        this.incidentId = incidentId;
        this.partnerClient = partnerClient;
        this.type = type;
        this.occurredAt = occurredAt;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.facility = facility;
        this.reason = reason;
        this.receivedAt = receivedAt;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getIncidentId() { return incidentId; }
    public String getPartnerClient() { return partnerClient; }
    public IncidentType getType() { return type; }
    public Instant getOccurredAt() { return occurredAt; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getFacility() { return facility; }
    public String getReason() { return reason; }
    public Instant getReceivedAt() { return receivedAt; }
}
