package es.viogen.intake.entity;

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
import java.time.LocalDate;

/** An inactivation decision with the rule applied and its evidence (in-person contact, unlocatable since...). */
@Entity
@Table(name = "inactivation", schema = "intake")
public class Inactivation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InactivationKind kind;

    @Column(name = "rule_applied", nullable = false, length = 60)
    private String ruleApplied;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_at_decision", length = 20)
    private RiskLevel levelAtDecision;

    @Column(name = "in_person_contact_on")
    private LocalDate inPersonContactOn;

    @Column(name = "victim_unlocatable_since")
    private LocalDate victimUnlocatableSince;

    @Column(name = "judicial_measure_in_force", nullable = false)
    private boolean judicialMeasureInForce;

    @Column(name = "vulnerability_observed", nullable = false)
    private boolean vulnerabilityObserved;

    @Column(name = "supervised_until")
    private LocalDate supervisedUntil;

    @Column(length = 1000)
    private String reasons;

    @Column(length = 2000)
    private String note;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 80)
    private String decidedBy;

    @Version
    private long version;

    protected Inactivation() {
    }

    public Inactivation(long caseId, InactivationKind kind, String ruleApplied, RiskLevel levelAtDecision,
                        LocalDate inPersonContactOn, LocalDate victimUnlocatableSince, boolean judicialMeasureInForce,
                        boolean vulnerabilityObserved, LocalDate supervisedUntil, String reasons, String note,
                        Instant decidedAt, String decidedBy) {
        this.caseId = caseId;
        this.kind = kind;
        this.ruleApplied = ruleApplied;
        this.levelAtDecision = levelAtDecision;
        this.inPersonContactOn = inPersonContactOn;
        this.victimUnlocatableSince = victimUnlocatableSince;
        this.judicialMeasureInForce = judicialMeasureInForce;
        this.vulnerabilityObserved = vulnerabilityObserved;
        this.supervisedUntil = supervisedUntil;
        this.reasons = reasons;
        this.note = note;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public InactivationKind getKind() {
        return kind;
    }

    public String getRuleApplied() {
        return ruleApplied;
    }

    public RiskLevel getLevelAtDecision() {
        return levelAtDecision;
    }

    public LocalDate getInPersonContactOn() {
        return inPersonContactOn;
    }

    public LocalDate getVictimUnlocatableSince() {
        return victimUnlocatableSince;
    }

    public boolean isJudicialMeasureInForce() {
        return judicialMeasureInForce;
    }

    public boolean isVulnerabilityObserved() {
        return vulnerabilityObserved;
    }

    public LocalDate getSupervisedUntil() {
        return supervisedUntil;
    }

    public String getReasons() {
        return reasons;
    }

    public String getNote() {
        return note;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
