package es.viogen.risk.api;

import es.viogen.platform.api.RiskLevel;

import java.time.Instant;
import java.util.List;

/**
 * A case's current risk as partners and other modules may see it: final and computed level, flags and the main
 * reasons (bundle-resolved texts, no answers about the victim's private life beyond the indicator names).
 */
public record RiskStatus(long caseId, long assessmentId, String instrument, RiskLevel level, RiskLevel computedLevel,
                         boolean especialRelevancia, boolean minorsAtRisk, boolean minorsVulnerable, Instant assessedAt,
                         List<String> explanation) {
}
