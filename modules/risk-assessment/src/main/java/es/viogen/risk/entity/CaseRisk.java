package es.viogen.risk.entity;

import es.viogen.platform.api.RiskLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * The risk in force on a case: the level and since when (with how many assessments at it), and the flags that stay
 * once set (especial relevancia, minors at risk / vulnerable) until a person lifts them with a reason. A result below
 * the level in force does not change it by itself: see {@link LevelDrop}.
 */
@Entity
@Table(name = "case_risk", schema = "risk")
public class CaseRisk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RiskLevel level;

    @Column(name = "level_since", nullable = false)
    private Instant levelSince;

    @Column(name = "assessments_at_level", nullable = false)
    private int assessmentsAtLevel;

    @Column(name = "especial_relevancia", nullable = false)
    private boolean especialRelevancia;

    @Column(name = "minors_at_risk", nullable = false)
    private boolean minorsAtRisk;

    @Column(name = "minors_vulnerable", nullable = false)
    private boolean minorsVulnerable;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected CaseRisk() {
    }

    public CaseRisk(long caseId, RiskLevel level, Instant since) {
        this.caseId = caseId;
        this.level = level;
        this.levelSince = since;
        this.assessmentsAtLevel = 1;
    }

    /** A new level takes effect (a higher result, an allowed drop, an approved proposal). */
    public void levelTakesEffect(RiskLevel newLevel, Instant at) {
        if (newLevel != level) {
            level = newLevel;
            levelSince = at;
            assessmentsAtLevel = 1;
        } else {
            assessmentsAtLevel++;
        }
    }

    /** An assessment that leaves the level as it is (same result, or a drop not applied) counts at the level. */
    public void assessedAtLevel() {
        assessmentsAtLevel++;
    }

    /** Sets the flags the result raises; a flag already set stays (only {@link #lift} clears it). */
    public void raiseFlags(boolean especial, boolean atRisk, boolean vulnerable) {
        especialRelevancia |= especial;
        minorsAtRisk |= atRisk;
        minorsVulnerable |= vulnerable;
    }

    public void lift(CaseFlag flag) {
        switch (flag) {
            case ESPECIAL_RELEVANCIA -> especialRelevancia = false;
            case MINORS_AT_RISK -> minorsAtRisk = false;
            case MINORS_VULNERABLE -> minorsVulnerable = false;
        }
    }

    public boolean has(CaseFlag flag) {
        return switch (flag) {
            case ESPECIAL_RELEVANCIA -> especialRelevancia;
            case MINORS_AT_RISK -> minorsAtRisk;
            case MINORS_VULNERABLE -> minorsVulnerable;
        };
    }

    public long getCaseId() {
        return caseId;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public Instant getLevelSince() {
        return levelSince;
    }

    public int getAssessmentsAtLevel() {
        return assessmentsAtLevel;
    }

    public boolean isEspecialRelevancia() {
        return especialRelevancia;
    }

    public boolean isMinorsAtRisk() {
        return minorsAtRisk;
    }

    public boolean isMinorsVulnerable() {
        return minorsVulnerable;
    }
}
