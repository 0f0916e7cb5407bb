package es.viogen.risk.entity;

import es.viogen.platform.api.RiskLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.Instant;

/**
 * What people added to the computed level: the victim's perception, the officer's level and reason, the final
 * level, and who assessed when.
 */
@Embeddable
public class HumanJudgement implements Serializable {

    private static final long serialVersionUID = 1L;

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

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(length = 100)
    private String assessor;

    @Column(name = "assessor_unit_id")
    private Long assessorUnitId;

    @Column(name = "assessor_unit_name", length = 200)
    private String assessorUnitName;

    protected HumanJudgement() {
    }

    /** The part of a submission this holds. */
    static HumanJudgement of(SubmittedResult r) {
        HumanJudgement x = new HumanJudgement();
        x.victimPerceptionAsked = r.victimPerceptionAsked();
        x.victimPerceivedLevel = r.victimPerceivedLevel();
        x.officerLevel = r.officerLevel();
        x.overrideReason = r.overrideReason();
        x.finalLevel = r.finalLevel();
        x.previousLevel = r.previousLevel();
        x.assessedAt = r.assessedAt();
        x.assessor = r.assessor();
        x.assessorUnitId = r.assessorUnitId();
        x.assessorUnitName = r.assessorUnitName();
        return x;
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
