package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;

import java.util.Comparator;
import java.util.List;

/**
 * The engine's result for one answer sheet: everything needed to explain the level.
 *
 * @param scoreLevel        the level the weighted score alone reaches
 * @param redFlagMinimum    the highest minimum set by a red flag that applied (null if none)
 * @param computedLevel     the higher of the two: the actuarial result before human judgement
 * @param confidence        share of the total weight that was answered (1.0 = nothing unknown)
 * @param lowConfidence     too many unknowns: the result says so and a follow-up interview is due
 * @param levelIfUnknownsYes the computed level if every "No se sabe" turned out "Sí"
 * @param pointsToNextLevel points missing to the next cut point (null at the top)
 * @param whatWouldChange   indicators not answered Sí that alone would raise the computed level
 */
public record Scoring(String instrument, int score, int maxScore, RiskLevel scoreLevel,
                      List<Contribution> contributions, List<RedFlagRule> redFlags, RiskLevel redFlagMinimum,
                      RiskLevel computedLevel, int hScore, int hThreshold, boolean especialRelevancia,
                      int unknownCount, double confidence, boolean lowConfidence, RiskLevel levelIfUnknownsYes,
                      Integer pointsToNextLevel, RiskLevel nextLevel, List<LevelChange> whatWouldChange) {

    public Scoring {
        contributions = List.copyOf(contributions);
        redFlags = List.copyOf(redFlags);
        whatWouldChange = List.copyOf(whatWouldChange);
    }

    /** The "Sí" answers that weighed most, heaviest first. */
    public List<Contribution> drivers(int limit) {
        return contributions.stream().filter(c -> c.points() > 0 || c.hPoints() > 0)
                .sorted(Comparator.comparingInt(Contribution::points).reversed()
                        .thenComparing(Comparator.comparingInt(Contribution::hPoints).reversed()))
                .limit(limit).toList();
    }
}
