package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;

/** The lowest score at which {@code level} applies. */
public record CutPoint(RiskLevel level, int minScore) {
}
