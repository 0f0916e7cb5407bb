package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;

import java.util.Map;

/**
 * An assessment as the officer (page) or a partner (REST) hands it in.
 *
 * @param instrumentCode    e.g. {@code VPR}; null means the current instrument of the owed kind
 * @param instrumentVersion null means the code's current version
 * @param answers           indicator code to "SI" / "NO" / "NO_SE_SABE"
 */
public record Submission(String instrumentCode, String instrumentVersion, Map<String, String> answers,
                         boolean victimPerceptionAsked, RiskLevel victimPerceivedLevel, RiskLevel officerLevel,
                         String overrideReason) {

    public Judgement judgement() {
        return new Judgement(victimPerceptionAsked, victimPerceivedLevel, officerLevel, overrideReason);
    }
}
