package es.viogen.risk.api;

import es.viogen.platform.api.RiskLevel;

import java.time.Instant;

/** An assessment was submitted; {@code previousLevel} is null for the first one. */
public record RiskAssessed(long caseId, long assessmentId, RiskLevel previousLevel, RiskLevel level,
                           boolean especialRelevancia, boolean minorsAtRisk, Instant assessedAt) {
}
