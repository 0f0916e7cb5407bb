package es.viogen.risk.entity;

import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.api.AssessmentKind;
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

    @Column(name = "instrument_code", length = 20)
    private String instrumentCode;

    @Column(name = "instrument_version", length = 20)
    private String instrumentVersion;

    private String answers;
    private Integer score;

    @Column(name = "max_score")
    private Integer maxScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "score_level", length = 20)
    private RiskLevel scoreLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "red_flag_minimum", length = 20)
    private RiskLevel redFlagMinimum;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_level", length = 20)
    private RiskLevel computedLevel;

    @Column(name = "victim_perception_asked")
    private Boolean victimPerceptionAsked;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_perceived_level", length = 20)
    private RiskLevel victimPerceivedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "officer_level", length = 20)
    private RiskLevel officerLevel;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_level", length = 20)
    private RiskLevel finalLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_level", length = 20)
    private RiskLevel previousLevel;

    @Column(name = "especial_relevancia")
    private Boolean especialRelevancia;

    @Column(name = "h_score")
    private Integer hScore;

    @Column(name = "minors_at_risk")
    private Boolean minorsAtRisk;

    @Column(name = "minors_vulnerable")
    private Boolean minorsVulnerable;

    private Double confidence;

    @Column(name = "low_confidence")
    private Boolean lowConfidence;

    @Column(name = "follow_up_due")
    private Boolean followUpDue;

    private String explanation;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(length = 100)
    private String assessor;

    @Column(name = "assessor_unit_id")
    private Long assessorUnitId;

    @Column(name = "assessor_unit_name", length = 200)
    private String assessorUnitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_in_force", length = 20)
    private RiskLevel levelInForce;

    @Column(name = "drop_outcome", length = 20)
    private String dropOutcome;

    @Column(name = "drop_reason", length = 2000)
    private String dropReason;

    @Column(name = "victim_confirm_reason", length = 2000)
    private String victimConfirmReason;

    @Column(name = "carried_facts", length = 500)
    private String carriedFacts;

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
        this.instrumentCode = Objects.requireNonNull(r.instrumentCode());
        this.instrumentVersion = Objects.requireNonNull(r.instrumentVersion());
        this.answers = r.answers();
        this.score = r.score();
        this.maxScore = r.maxScore();
        this.scoreLevel = r.scoreLevel();
        this.redFlagMinimum = r.redFlagMinimum();
        this.computedLevel = r.computedLevel();
        this.victimPerceptionAsked = r.victimPerceptionAsked();
        this.victimPerceivedLevel = r.victimPerceivedLevel();
        this.officerLevel = r.officerLevel();
        this.overrideReason = r.overrideReason();
        this.finalLevel = r.finalLevel();
        this.previousLevel = r.previousLevel();
        this.especialRelevancia = r.especialRelevancia();
        this.hScore = r.hScore();
        this.minorsAtRisk = r.minorsAtRisk();
        this.minorsVulnerable = r.minorsVulnerable();
        this.confidence = r.confidence();
        this.lowConfidence = r.lowConfidence();
        this.followUpDue = r.followUpDue();
        this.explanation = r.explanation();
        this.assessedAt = r.assessedAt();
        this.assessor = r.assessor();
        this.assessorUnitId = r.assessorUnitId();
        this.assessorUnitName = r.assessorUnitName();
        this.status = AssessmentStatus.SUBMITTED;
    }

    /**
     * What the submission did to the case's level: the level in force afterwards, whether a lower result was applied,
     * proposed or held back ({@code drop_outcome}), the officer's reasons, and the facts carried in from earlier forms.
     */
    public void recordOutcome(RiskLevel levelInForce, String dropOutcome, String dropReason, String victimConfirmReason,
                              String carriedFacts) {
        this.levelInForce = levelInForce;
        this.dropOutcome = dropOutcome;
        this.dropReason = dropReason;
        this.victimConfirmReason = victimConfirmReason;
        this.carriedFacts = carriedFacts;
    }

    /** The drop this assessment proposed was approved: its lower result is now the level in force. */
    public void dropApproved(RiskLevel level) {
        this.levelInForce = level;
    }

    public RiskLevel getLevelInForce() {
        return levelInForce;
    }

    public String getDropOutcome() {
        return dropOutcome;
    }

    public String getDropReason() {
        return dropReason;
    }

    public String getVictimConfirmReason() {
        return victimConfirmReason;
    }

    public String getCarriedFacts() {
        return carriedFacts;
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
        return instrumentCode;
    }

    public String getInstrumentVersion() {
        return instrumentVersion;
    }

    public String getAnswers() {
        return answers;
    }

    public Integer getScore() {
        return score;
    }

    public Integer getMaxScore() {
        return maxScore;
    }

    public RiskLevel getScoreLevel() {
        return scoreLevel;
    }

    public RiskLevel getRedFlagMinimum() {
        return redFlagMinimum;
    }

    public RiskLevel getComputedLevel() {
        return computedLevel;
    }

    public Boolean getVictimPerceptionAsked() {
        return victimPerceptionAsked;
    }

    public RiskLevel getVictimPerceivedLevel() {
        return victimPerceivedLevel;
    }

    public RiskLevel getOfficerLevel() {
        return officerLevel;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public RiskLevel getFinalLevel() {
        return finalLevel;
    }

    public RiskLevel getPreviousLevel() {
        return previousLevel;
    }

    public boolean isEspecialRelevancia() {
        return Boolean.TRUE.equals(especialRelevancia);
    }

    public Integer getHScore() {
        return hScore;
    }

    public boolean isMinorsAtRisk() {
        return Boolean.TRUE.equals(minorsAtRisk);
    }

    public boolean isMinorsVulnerable() {
        return Boolean.TRUE.equals(minorsVulnerable);
    }

    public Double getConfidence() {
        return confidence;
    }

    public boolean isLowConfidence() {
        return Boolean.TRUE.equals(lowConfidence);
    }

    public boolean isFollowUpDue() {
        return Boolean.TRUE.equals(followUpDue);
    }

    public String getExplanation() {
        return explanation;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getAssessor() {
        return assessor;
    }

    public Long getAssessorUnitId() {
        return assessorUnitId;
    }

    public String getAssessorUnitName() {
        return assessorUnitName;
    }
}
