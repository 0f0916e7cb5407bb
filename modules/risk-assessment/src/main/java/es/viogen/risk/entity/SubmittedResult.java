package es.viogen.risk.entity;

import es.viogen.platform.api.RiskLevel;

import java.time.Instant;

/** Everything a submission stores on an {@link Assessment}. */
public record SubmittedResult(String instrumentCode, String instrumentVersion, String answers, int score, int maxScore,
                              RiskLevel scoreLevel, RiskLevel redFlagMinimum, RiskLevel computedLevel,
                              boolean victimPerceptionAsked, RiskLevel victimPerceivedLevel, RiskLevel officerLevel,
                              String overrideReason, RiskLevel finalLevel, RiskLevel previousLevel,
                              boolean especialRelevancia, int hScore, boolean minorsAtRisk, boolean minorsVulnerable,
                              double confidence, boolean lowConfidence, boolean followUpDue, String explanation,
                              Instant assessedAt, String assessor, Long assessorUnitId, String assessorUnitName) {
}
