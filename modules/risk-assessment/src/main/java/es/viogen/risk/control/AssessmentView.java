package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.api.AssessmentKind;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An assessment as pages, the PDF report and partners see it: levels kept apart, flags, and the explanation (the
 * indicators that weighed most, the red flags that applied, what would change the level). Texts in one language.
 * Pages read its components with method syntax ({@code #{v.level()}}). {@code level} is this assessment's result;
 * {@code levelInForce} the case's level after it (higher when a drop is held back or awaits approval).
 */
public record AssessmentView(long id, long caseId, String caseNumber, AssessmentKind kind, String status,
                             String trigger, Instant dueAt, String instrumentCode, String instrumentVersion,
                             String instrumentTitle, String notice, RiskLevel level, RiskLevel computedLevel,
                             RiskLevel scoreLevel, RiskLevel redFlagMinimum, RiskLevel previousLevel,
                             boolean victimPerceptionAsked, RiskLevel victimPerceivedLevel, RiskLevel officerLevel,
                             String overrideReason, int score, int maxScore, int hScore, int hThreshold,
                             boolean especialRelevancia, boolean minorsAtRisk, boolean minorsVulnerable,
                             double confidence, boolean lowConfidence, int unknownCount, boolean followUpDue,
                             RiskLevel levelIfUnknownsYes, Integer pointsToNextLevel, RiskLevel nextLevel,
                             List<Driver> drivers, List<Flag> redFlags, List<Change> whatWouldChange,
                             Instant assessedAt, String assessor, String assessorUnitName,
                             RiskLevel levelInForce, String dropOutcome, String dropReason, Long dropId,
                             String dropStatus, Instant dropEarliest, int dropAssessmentsNeeded,
                             List<String> carriedFacts, String victimConfirmReason)
        implements Serializable {

    /** This result is below the level in force and did not (yet) replace it. */
    public boolean heldBack() {
        return levelInForce != null && level != null && levelInForce.compareTo(level) > 0;
    }

    /** An indicator answered "Sí" and what it added. */
    public record Driver(String code, String factor, String text, int points, int hPoints) implements Serializable {
    }

    /** A red-flag rule that applied. */
    public record Flag(String code, String label, RiskLevel minimumLevel) implements Serializable {
    }

    /** An indicator not answered "Sí" that alone would raise the computed level. */
    public record Change(String code, String text, String currentAnswer, RiskLevel level)
            implements Serializable {
    }

    public int confidencePercent() {
        return (int) Math.round(confidence * 100);
    }

    public boolean raised() {
        return level != null && computedLevel != null && level.compareTo(computedLevel) > 0;
    }
}
