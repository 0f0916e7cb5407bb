package es.viogen.intake.entity;

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

/** A request to move a case to another unit (the victim moves), and its decision: the transfer history. */
@Entity
@Table(name = "transfer", schema = "intake")
public class Transfer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "from_unit_id", nullable = false)
    private long fromUnitId;

    @Column(name = "to_unit_id", nullable = false)
    private long toUnitId;

    @Column(name = "new_municipality_code", length = 5)
    private String newMunicipalityCode;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TransferStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 80)
    private String requestedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Version
    private long version;

    protected Transfer() {
    }

    public Transfer(long caseId, long fromUnitId, long toUnitId, String newMunicipalityCode, String reason,
                    Instant requestedAt, String requestedBy) {
        this.caseId = caseId;
        this.fromUnitId = fromUnitId;
        this.toUnitId = toUnitId;
        this.newMunicipalityCode = newMunicipalityCode;
        this.reason = reason;
        this.status = TransferStatus.PENDING;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    public void decide(TransferStatus outcome, String note, Instant at, String by) {
        if (status != TransferStatus.PENDING) {
            throw new IllegalStateException("transfer already decided");
        }
        this.status = outcome;
        this.decisionNote = note;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getFromUnitId() {
        return fromUnitId;
    }

    public long getToUnitId() {
        return toUnitId;
    }

    public String getNewMunicipalityCode() {
        return newMunicipalityCode;
    }

    public String getReason() {
        return reason;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
