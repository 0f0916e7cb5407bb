package es.viogen.platform.api;

import java.util.List;

/**
 * What a risk level brings under the protocol in force today (an application-scoped CDI bean of the module that owns
 * the protocol): the protection measures and the longest time to the next re-assessment. The risk result page shows it
 * without depending on that module. Texts come in the current user's language.
 */
public interface LevelPlan {

    /** The measures the level brings, mandatory first (names, not codes). */
    List<String> measuresFor(RiskLevel level);

    /** The longest time to the next re-assessment at this level, as said («7 días», «72 h»). */
    String reassessmentWithin(RiskLevel level);
}
