package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;

import java.util.Map;

/**
 * An assessment as the officer (page) or a partner (REST) hands it in.
 *
 * @param instrumentCode      e.g. {@code VPR}; null means the current instrument of the owed kind
 * @param instrumentVersion   null means the code's current version
 * @param answers             indicator code to "SI" / "NO" / "NO_SE_SABE"
 * @param victimConfirmReason the officer confirms the victim's perception in full (see {@link Judgement})
 * @param dropReason          required when the assessment gives a level below the one in force: why the risk fell
 */
public record Submission(String instrumentCode, String instrumentVersion, Map<String, String> answers,
                         boolean victimPerceptionAsked, RiskLevel victimPerceivedLevel, RiskLevel officerLevel,
                         String overrideReason, String victimConfirmReason, String dropReason) {

    public Submission(String instrumentCode, String instrumentVersion, Map<String, String> answers,
                      boolean victimPerceptionAsked, RiskLevel victimPerceivedLevel, RiskLevel officerLevel,
                      String overrideReason) {
        this(instrumentCode, instrumentVersion, answers, victimPerceptionAsked, victimPerceivedLevel, officerLevel,
                overrideReason, null, null);
    }

    public Judgement judgement() {
        return new Judgement(victimPerceptionAsked, victimPerceivedLevel, officerLevel, overrideReason,
                victimConfirmReason);
    }
}
