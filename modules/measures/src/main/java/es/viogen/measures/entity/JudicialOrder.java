package es.viogen.measures.entity;

import es.viogen.measures.api.JudicialOrderType;
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

/** An order from a court on a case: protection order, restraining distance, no communication, bracelet... */
@Entity
@Table(name = "judicial_order", schema = "measures")
public class JudicialOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Enumerated(EnumType.STRING)
    private JudicialOrderType type;

    private String court;

    @Column(name = "procedure_number")
    private String procedureNumber;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "distance_metres")
    private Integer distanceMetres;

    private String notes;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "expiry_notified")
    private boolean expiryNotified;

    @Version
    private long version;

    protected JudicialOrder() {
    }

    public JudicialOrder(long caseId, JudicialOrderType type, String court, String procedureNumber, LocalDate startsOn,
                         LocalDate endsOn, Integer distanceMetres, String notes, Instant registeredAt,
                         String registeredBy) {
        this.caseId = caseId;
        this.type = type;
        this.court = court;
        this.procedureNumber = procedureNumber;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.distanceMetres = distanceMetres;
        this.notes = notes;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public boolean isInForce(LocalDate today) {
        return !startsOn.isAfter(today) && (endsOn == null || !endsOn.isBefore(today));
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public JudicialOrderType getType() {
        return type;
    }

    public String getCourt() {
        return court;
    }

    public String getProcedureNumber() {
        return procedureNumber;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Integer getDistanceMetres() {
        return distanceMetres;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public boolean isExpiryNotified() {
        return expiryNotified;
    }

    public long getVersion() {
        return version;
    }
}
