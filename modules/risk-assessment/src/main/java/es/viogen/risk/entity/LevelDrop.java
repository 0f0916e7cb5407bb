package es.viogen.risk.entity;

import es.viogen.platform.api.RiskLevel;
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

/**
 * A re-assessment gave a level below the one in force. Either the drop was allowed to the officer and applied with her
 * reason ({@link Status#APPLIED}), or it is a proposal that a supervisor of the unit or the regional coordination unit
 * approves or refuses with a reason; until then the level in force stays. A later assessment supersedes a pending one.
 */
@Entity
@Table(name = "level_drop", schema = "risk")
public class LevelDrop implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status { PENDING, APPROVED, REFUSED, SUPERSEDED, APPLIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level", nullable = false, length = 20)
    private RiskLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false, length = 20)
    private RiskLevel toLevel;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected LevelDrop() {
    }

    public LevelDrop(long caseId, String caseNumber, long unitId, long assessmentId, RiskLevel from, RiskLevel to,
                     String reason, boolean needsApproval, String proposedBy, Instant at) {
        if (to.compareTo(from) >= 0) {
            throw new IllegalArgumentException("a drop goes down");
        }
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.unitId = unitId;
        this.assessmentId = assessmentId;
        this.fromLevel = from;
        this.toLevel = to;
        this.reason = reason;
        this.needsApproval = needsApproval;
        this.status = needsApproval ? Status.PENDING : Status.APPLIED;
        this.proposedBy = proposedBy;
        this.proposedAt = at;
    }

    public void decide(boolean approved, String by, String why, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("level drop " + id + " is " + status);
        }
        status = approved ? Status.APPROVED : Status.REFUSED;
        decidedBy = by;
        decisionReason = why;
        decidedAt = at;
    }

    public void supersede(Instant at) {
        if (status == Status.PENDING) {
            status = Status.SUPERSEDED;
            decidedAt = at;
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public RiskLevel getFromLevel() {
        return fromLevel;
    }

    public RiskLevel getToLevel() {
        return toLevel;
    }

    public String getReason() {
        return reason;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public Status getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
