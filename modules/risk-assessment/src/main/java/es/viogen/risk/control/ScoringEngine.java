package es.viogen.risk.control;

import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.RuleViolation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The scoring engine: pure functions of an instrument and an answer sheet. A "Sí" adds the indicator's weight; "No"
 * and "No se sabe" add nothing, but every "No se sabe" lowers the confidence. Red-flag rules set a minimum level.
 * Because weights are never negative and red flags and the H-scale only look at "Sí" answers, turning any answer
 * into "Sí" can never lower the level.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    /** Scores a complete answer sheet (see {@link AnswerSheet}); missing answers count as "No se sabe". */
    public static Scoring score(Instrument in, Map<String, Answer> answers) {
        int score = 0;
        int hScore = 0;
        int unknown = 0;
        int unknownWeight = 0;
        int maxScore = 0;
        List<Contribution> contributions = new ArrayList<>();
        Map<String, Integer> hWeights = in.hScale().weights();
        for (Factor f : in.factors()) {
            for (Indicator i : f.indicators()) {
                Answer a = answers.getOrDefault(i.code(), Answer.UNKNOWN);
                int h = hWeights.getOrDefault(i.code(), 0);
                int points = a == Answer.YES ? i.weight() : 0;
                int hPoints = a == Answer.YES ? h : 0;
                score += points;
                hScore += hPoints;
                maxScore += i.weight();
                if (a == Answer.UNKNOWN) {
                    unknown++;
                    unknownWeight += i.weight();
                }
                contributions.add(new Contribution(i.code(), f.code(), a, points, hPoints));
            }
        }
        RiskLevel scoreLevel = in.levelFor(score);
        List<RedFlagRule> fired = new ArrayList<>();
        RiskLevel flagMinimum = null;
        for (RedFlagRule r : in.redFlags()) {
            if (r.allOf().stream().allMatch(c -> answers.get(c) == Answer.YES)) {
                fired.add(r);
                flagMinimum = RiskLevel.max(flagMinimum, r.minimumLevel());
            }
        }
        RiskLevel computed = RiskLevel.max(scoreLevel, flagMinimum);
        double confidence = maxScore == 0 ? 1.0 : 1.0 - (double) unknownWeight / maxScore;
        // lowConfidence also when many questions are unknown even if they weigh little
        int indicatorCount = contributions.size();
        boolean low = confidence < in.minimumConfidence()
                || indicatorCount > 0 && (double) unknown / indicatorCount > 1.0 - in.minimumConfidence();

        Map<String, Answer> unknownsYes = new java.util.HashMap<>(answers);
        unknownsYes.replaceAll((k, v) -> v == Answer.UNKNOWN ? Answer.YES : v);
        in.indicators().forEach(i -> unknownsYes.putIfAbsent(i.code(), Answer.YES));
        RiskLevel ifUnknownsYes = computedLevel(in, unknownsYes, score + unknownWeight, null);

        Integer pointsToNext = null;
        RiskLevel next = null;
        var cut = in.nextCutPointAbove(scoreLevel);
        if (cut.isPresent()) {
            pointsToNext = cut.get().minScore() - score;
            next = cut.get().level();
        }

        List<LevelChange> changes = new ArrayList<>();
        for (Factor f : in.factors()) {
            for (Indicator i : f.indicators()) {
                Answer a = answers.getOrDefault(i.code(), Answer.UNKNOWN);
                if (a == Answer.YES) {
                    continue;
                }
                RiskLevel flipped = computedLevel(in, answers, score + i.weight(), i.code());
                if (flipped.compareTo(computed) > 0) {
                    changes.add(new LevelChange(i.code(), a, flipped));
                }
            }
        }
        Map<String, Indicator> byCode = in.indicatorsByCode();
        changes.sort(Comparator.comparing(LevelChange::level).reversed()
                .thenComparing(c -> -byCode.get(c.indicatorCode()).weight()));

        boolean especial = hScore >= in.hScale().threshold() || in.hScale().combinations().stream()
                .anyMatch(combo -> combo.stream().allMatch(c -> answers.get(c) == Answer.YES));
        return new Scoring(in.reference(), score, maxScore, scoreLevel, contributions, fired, flagMinimum, computed,
                hScore, in.hScale().threshold(), especial, unknown, confidence, low,
                ifUnknownsYes, pointsToNext, next, changes);
    }

    /** The computed level for a score, with {@code extraYes} (if not null) treated as answered "Sí". */
    private static RiskLevel computedLevel(Instrument in, Map<String, Answer> answers, int score, String extraYes) {
        RiskLevel level = in.levelFor(score);
        for (RedFlagRule r : in.redFlags()) {
            boolean all = true;
            for (String c : r.allOf()) {
                if (!(c.equals(extraYes) || answers.get(c) == Answer.YES)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                level = RiskLevel.max(level, r.minimumLevel());
            }
        }
        return level;
    }

    /**
     * Applies human judgement: the victim's own perception may raise the level; the officer may raise it (giving a
     * reason) but never lower it below what the score, the red flags and the victim's perception give.
     *
     * @throws RuleViolation {@code RISK_OVERRIDE_LOWERING} when the officer's level is lower
     * @throws InvalidInput  on {@code overrideReason} when the officer raises the level without a reason
     */
    public static Decision decide(Instrument in, Map<String, Answer> answers, Scoring s, Judgement j) {
        RiskLevel computed = s.computedLevel();
        RiskLevel victim = j.victimPerceptionAsked() ? j.victimPerceivedLevel() : null;
        String confirm = j.victimConfirmReason() == null || j.victimConfirmReason().isBlank() ? null
                : j.victimConfirmReason().trim();
        // alone, her perception raises at most one step above what the answers give without her belief indicator
        RiskLevel cap = stepUp(levelWithoutBelief(in, answers, s));
        boolean beyondCap = victim != null && victim.compareTo(cap) > 0;
        RiskLevel victimApplied = beyondCap && confirm == null ? cap : victim;
        RiskLevel base = RiskLevel.max(computed, victimApplied);
        boolean raisedByVictim = base.compareTo(computed) > 0;
        RiskLevel officer = j.officerLevel();
        String reason = j.overrideReason() == null || j.overrideReason().isBlank() ? null : j.overrideReason().trim();
        boolean raisedByOfficer = false;
        if (officer != null) {
            if (officer.compareTo(base) < 0) {
                throw new RuleViolation("RISK_OVERRIDE_LOWERING", "risk.override.lowering",
                        spanishName(officer), spanishName(base));
            }
            if (officer.compareTo(base) > 0) {
                if (reason == null) {
                    throw new InvalidInput("overrideReason", "risk.override.reasonRequired");
                }
                raisedByOfficer = true;
            }
        }
        RiskLevel finalLevel = RiskLevel.max(base, officer);
        boolean hasMinors = answers.get(in.minors().presenceIndicator()) == Answer.YES;
        boolean atRisk = hasMinors && (anyYes(answers, in.minors().atRiskAnyOf())
                || in.minors().atRiskFromLevel() != null && finalLevel.isAtLeast(in.minors().atRiskFromLevel()));
        boolean vulnerable = hasMinors && (anyYes(answers, in.minors().vulnerableAnyOf())
                || in.minors().vulnerableFromLevel() != null && finalLevel.isAtLeast(in.minors().vulnerableFromLevel()));
        boolean followUp = s.lowConfidence() || !j.victimPerceptionAsked();
        return new Decision(s, computed, victim, raisedByVictim, raisedByOfficer ? officer : null, raisedByOfficer,
                raisedByOfficer ? reason : null, finalLevel, atRisk, vulnerable, followUp,
                beyondCap ? confirm : null);
    }

    /**
     * The computed level with the indicator that asks her belief taken as not answered "Sí": her stated perception
     * raises from there, so her belief is never counted twice (as the indicator's points and again as a raise).
     */
    static RiskLevel levelWithoutBelief(Instrument in, Map<String, Answer> answers, Scoring s) {
        String belief = in.victimBelief();
        if (belief == null || answers.get(belief) != Answer.YES) {
            return s.computedLevel();
        }
        Map<String, Answer> without = new java.util.HashMap<>(answers);
        without.put(belief, Answer.NO);
        int points = in.indicator(belief).map(Indicator::weight).orElse(0);
        return computedLevel(in, without, s.score() - points, null);
    }

    /** One level up (extremo stays extremo). */
    public static RiskLevel stepUp(RiskLevel level) {
        RiskLevel[] all = RiskLevel.values();
        return all[Math.min(level.ordinal() + 1, all.length - 1)];
    }

    private static RiskLevel min(RiskLevel a, RiskLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Scores and decides in one go. */
    public static Decision assess(Instrument in, Map<String, Answer> answers, Judgement j) {
        return decide(in, answers, score(in, answers), j);
    }

    /** The level as shown in Spanish ("no apreciado", "bajo"...): the domain's own term, in every language. */
    public static String spanishName(RiskLevel level) {
        return level.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static boolean anyYes(Map<String, Answer> answers, List<String> codes) {
        for (String c : codes) {
            if (answers.get(c) == Answer.YES) {
                return true;
            }
        }
        return false;
    }
}
