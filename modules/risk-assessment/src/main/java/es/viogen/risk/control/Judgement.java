package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;

/**
 * The human part of an assessment.
 *
 * @param victimPerceptionAsked false when she could not be asked safely (a follow-up is then due)
 * @param victimPerceivedLevel  her own rating of her risk, as a level (null if not asked or she gave none)
 * @param officerLevel          the level the officer sets, or null to keep the result; may only raise it
 * @param overrideReason        required when the officer raises the level
 * @param victimConfirmReason   the officer's reason for confirming her perception in full; without it her perception
 *                              alone raises the level at most one step
 */
public record Judgement(boolean victimPerceptionAsked, RiskLevel victimPerceivedLevel, RiskLevel officerLevel,
                        String overrideReason, String victimConfirmReason) {

    public static final Judgement NONE = new Judgement(true, null, null, null, null);

    public Judgement(boolean victimPerceptionAsked, RiskLevel victimPerceivedLevel, RiskLevel officerLevel,
                     String overrideReason) {
        this(victimPerceptionAsked, victimPerceivedLevel, officerLevel, overrideReason, null);
    }
}
