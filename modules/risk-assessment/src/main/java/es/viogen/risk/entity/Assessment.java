package es.viogen.risk.entity;

import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.api.AssessmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Objects;

/**
 * A risk assessment of a case: first owed (PENDING, with a due time and the unit that owes it), then SUBMITTED with
 * the instrument version used, the answers, the computed level, the victim's perception, the officer's level and
 * reason, and the final level, all kept apart.
 */
@Entity
@Table(name = "assessment", schema = "risk")
public class Assessment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 20)
    private AssessmentTrigger trigger;

    @Column(name = "trigger_ref")
    private Long triggerRef;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private InstrumentUse instrument;

    @Embedded
    private ScoreResult result;

    @Embedded
    private HumanJudgement judgement;

    @Embedded
    private LevelOutcome outcome;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Assessment() {
    }

    /** A pending (owed) assessment. */
    public static Assessment owed(long caseId, String caseNumber, long unitId, AssessmentKind kind,
                                  AssessmentTrigger trigger, Long triggerRef, Instant dueAt, Instant now) {
        Assessment a = new Assessment();
        a.caseId = caseId;
        a.caseNumber = caseNumber;
        a.unitId = unitId;
        a.kind = kind;
        a.trigger = trigger;
        a.triggerRef = triggerRef;
        a.dueAt = dueAt;
        a.createdAt = now;
        a.status = AssessmentStatus.PENDING;
        return a;
    }

    /** Records the result; only a pending assessment can be submitted, and only once. */
    public void submit(SubmittedResult r) {
        if (status != AssessmentStatus.PENDING) {
            throw new IllegalStateException("assessment " + id + " is " + status);
        }
        if (r.officerLevel() != null && (r.overrideReason() == null || r.finalLevel().compareTo(r.computedLevel()) < 0)) {
            throw new IllegalStateException("an override needs a reason and never lowers the level");
        }
        Objects.requireNonNull(r.instrumentCode());
        Objects.requireNonNull(r.instrumentVersion());
        this.instrument = InstrumentUse.of(r);
        this.result = ScoreResult.of(r);
        this.judgement = HumanJudgement.of(r);
        this.status = AssessmentStatus.SUBMITTED;
    }

    /**
     * What the submission did to the case's level: the level in force afterwards, whether a lower result was applied,
     * proposed or held back ({@code drop_outcome}), the officer's reasons, and the facts carried in from earlier forms.
     */
    public void recordOutcome(RiskLevel levelInForce, String dropOutcome, String dropReason, String victimConfirmReason,
                              String carriedFacts) {
        this.outcome = new LevelOutcome(levelInForce, dropOutcome, dropReason, victimConfirmReason, carriedFacts);
    }

    /** The drop this assessment proposed was approved: its lower result is now the level in force. */
    public void dropApproved(RiskLevel level) {
        this.outcome = outcome().withLevelInForce(level);
    }

    public RiskLevel getLevelInForce() {
        return outcome().getLevelInForce();
    }

    public InstrumentUse getInstrument() {
        return instrument();
    }

    public ScoreResult getResult() {
        return result();
    }

    public HumanJudgement getJudgement() {
        return judgement();
    }

    public LevelOutcome getOutcome() {
        return outcome();
    }

    // a part whose columns are all null (a pending assessment) is read back as null: an empty part stands in

    private InstrumentUse instrument() {
        return instrument == null ? new InstrumentUse() : instrument;
    }

    private ScoreResult result() {
        return result == null ? new ScoreResult() : result;
    }

    private HumanJudgement judgement() {
        return judgement == null ? new HumanJudgement() : judgement;
    }

    private LevelOutcome outcome() {
        return outcome == null ? new LevelOutcome() : outcome;
    }

    /** The case moved to another unit: what it still owes moves with it. */
    public void reassignTo(long newUnitId) {
        if (status == AssessmentStatus.PENDING) {
            unitId = newUnitId;
        }
    }

    public boolean isPending() {
        return status == AssessmentStatus.PENDING;
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

    public AssessmentKind getKind() {
        return kind;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public AssessmentTrigger getTrigger() {
        return trigger;
    }

    public Long getTriggerRef() {
        return triggerRef;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getInstrumentCode() {
        return instrument().getInstrumentCode();
    }

    public String getInstrumentVersion() {
        return instrument().getInstrumentVersion();
    }

    public RiskLevel getComputedLevel() {
        return result().getComputedLevel();
    }

    public RiskLevel getFinalLevel() {
        return judgement().getFinalLevel();
    }

    public boolean isEspecialRelevancia() {
        return result().isEspecialRelevancia();
    }

    public boolean isMinorsAtRisk() {
        return result().isMinorsAtRisk();
    }

    public boolean isMinorsVulnerable() {
        return result().isMinorsVulnerable();
    }

    public Instant getAssessedAt() {
        return judgement().getAssessedAt();
    }
}
