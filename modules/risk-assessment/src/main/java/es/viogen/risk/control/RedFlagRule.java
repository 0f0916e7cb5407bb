package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;

import java.util.List;

/**
 * A hard rule beside the weighted score: when every indicator in {@code allOf} is answered "Sí", the level is at
 * least {@code minimumLevel}, whatever the score.
 */
public record RedFlagRule(String code, String labelEs, String labelEn, List<String> allOf, RiskLevel minimumLevel) {

    public RedFlagRule {
        allOf = List.copyOf(allOf);
    }

    public String label(boolean spanish) {
        return spanish || labelEn == null ? labelEs : labelEn;
    }
}
