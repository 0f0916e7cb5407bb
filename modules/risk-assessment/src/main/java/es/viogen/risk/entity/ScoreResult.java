package es.viogen.risk.entity;

import es.viogen.platform.api.RiskLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/**
 * What the scoring engine computed from the answers: score, levels, red flags, H scale, minors, confidence and the
 * explanation.
 */
@Embeddable
public class ScoreResult implements Serializable {

    private static final long serialVersionUID = 1L;

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

    protected ScoreResult() {
    }

    /** The part of a submission this holds. */
    static ScoreResult of(SubmittedResult r) {
        ScoreResult x = new ScoreResult();
        x.score = r.score();
        x.maxScore = r.maxScore();
        x.scoreLevel = r.scoreLevel();
        x.redFlagMinimum = r.redFlagMinimum();
        x.computedLevel = r.computedLevel();
        x.especialRelevancia = r.especialRelevancia();
        x.hScore = r.hScore();
        x.minorsAtRisk = r.minorsAtRisk();
        x.minorsVulnerable = r.minorsVulnerable();
        x.confidence = r.confidence();
        x.lowConfidence = r.lowConfidence();
        x.followUpDue = r.followUpDue();
        x.explanation = r.explanation();
        return x;
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
}
