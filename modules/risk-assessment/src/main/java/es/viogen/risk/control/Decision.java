package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;

/**
 * The final result of an assessment after human judgement. {@code computedLevel} (from the scoring) and
 * {@code finalLevel} are kept apart, with who raised it and why. {@code victimConfirmReason}: the officer confirmed
 * the victim's perception beyond one step (null if not needed or not given).
 */
public record Decision(Scoring scoring, RiskLevel computedLevel, RiskLevel victimPerceivedLevel,
                       boolean raisedByVictim, RiskLevel officerLevel, boolean raisedByOfficer, String overrideReason,
                       RiskLevel finalLevel, boolean minorsAtRisk, boolean minorsVulnerable, boolean followUpDue,
                       String victimConfirmReason) {
}
