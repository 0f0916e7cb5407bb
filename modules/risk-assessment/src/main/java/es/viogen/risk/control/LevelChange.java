package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;

/** "If this indicator were answered Sí, the computed level would be {@code level}". */
public record LevelChange(String indicatorCode, Answer currentAnswer, RiskLevel level) {
}
