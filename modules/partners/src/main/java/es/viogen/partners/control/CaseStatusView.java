package es.viogen.partners.control;

import es.viogen.platform.api.RiskLevel;

import java.time.Instant;
import java.util.List;

/**
 * A case as a partner may read it: number, state, current level with its explanation. No personal data, no address,
 * no owning unit internals beyond its id.
 */
public record CaseStatusView(long caseId, String caseNumber, String status, RiskLevel riskLevel,
                             boolean especialRelevancia, boolean minorsAtRisk, Instant assessedAt, String instrument,
                             List<String> explanation) {
}
