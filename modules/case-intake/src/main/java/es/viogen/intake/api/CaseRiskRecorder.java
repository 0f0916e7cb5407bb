package es.viogen.intake.api;

import es.viogen.platform.api.RiskLevel;

import java.time.Instant;

/**
 * Risk assessment tells intake the case's current level and flags after each assessment, so case lists can filter
 * by level without intake depending on the risk module.
 */
public interface CaseRiskRecorder {

    void levelAssessed(long caseId, RiskLevel level, boolean especialRelevancia, boolean minorsAtRisk, Instant assessedAt);
}
