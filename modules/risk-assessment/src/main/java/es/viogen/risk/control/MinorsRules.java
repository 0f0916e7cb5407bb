package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;

import java.util.List;

/**
 * When the minors flags apply. Both need {@code presenceIndicator} ("she has minors in her care") answered "Sí".
 * Minors at risk: any of {@code atRiskAnyOf} is "Sí", or the final level is at least {@code atRiskFromLevel}.
 * Minors vulnerable: any of {@code vulnerableAnyOf} is "Sí", or the final level is at least {@code vulnerableFromLevel}.
 */
public record MinorsRules(String presenceIndicator, List<String> atRiskAnyOf, RiskLevel atRiskFromLevel,
                          List<String> vulnerableAnyOf, RiskLevel vulnerableFromLevel) {

    public MinorsRules {
        atRiskAnyOf = List.copyOf(atRiskAnyOf);
        vulnerableAnyOf = List.copyOf(vulnerableAnyOf);
    }
}
