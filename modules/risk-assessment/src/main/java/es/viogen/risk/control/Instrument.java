package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.api.AssessmentKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned assessment instrument (VPR or VPER) as data: factors and indicators with weights, cut points to the
 * five levels, red-flag rules, the H-scale and the minors rules. Immutable; read from JSON by {@link InstrumentReader}.
 *
 * @param minimumConfidence below this confidence (share of the total weight answered) the result is flagged as low
 *                          confidence and a follow-up interview is due
 * @param noticeEs          a notice shown with every result (e.g. that the weights are illustrative)
 * @param facts             facts that cannot become untrue once answered "Sí" (fact code, e.g. {@code STRANGULATION},
 *                          to the indicators of this instrument that establish it; the first one receives it in
 *                          later forms as a known answer, with its red-flag minimum)
 * @param victimBelief      the indicator that asks the victim's own belief that he could seriously harm or kill her
 *                          (null if none): her stated perception is never counted on top of it
 */
public record Instrument(String code, String version, AssessmentKind kind, String titleEs, String titleEn,
                         String noticeEs, String noticeEn, List<Factor> factors, List<CutPoint> cutPoints,
                         List<RedFlagRule> redFlags, HScale hScale, MinorsRules minors, double minimumConfidence,
                         Map<String, List<String>> facts, String victimBelief) {

    public Instrument {
        factors = List.copyOf(factors);
        cutPoints = List.copyOf(cutPoints);
        redFlags = List.copyOf(redFlags);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (facts != null) {
            facts.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        facts = Collections.unmodifiableMap(copy);
    }

    /** The facts the answers establish (an indicator of the fact answered "Sí"). */
    public List<String> factsEstablishedBy(Map<String, Answer> answers) {
        return facts.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> answers.get(c) == Answer.YES))
                .map(Map.Entry::getKey).toList();
    }

    /** The indicator of this instrument that receives a known fact, if it has one. */
    public Optional<String> indicatorReceiving(String fact) {
        List<String> codes = facts.get(fact);
        return codes == null || codes.isEmpty() ? Optional.empty() : Optional.of(codes.get(0));
    }

    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>();
        factors.forEach(f -> all.addAll(f.indicators()));
        return Collections.unmodifiableList(all);
    }

    public Map<String, Indicator> indicatorsByCode() {
        Map<String, Indicator> m = new LinkedHashMap<>();
        indicators().forEach(i -> m.put(i.code(), i));
        return m;
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public int maxScore() {
        return indicators().stream().mapToInt(Indicator::weight).sum();
    }

    /** The level a score reaches (cut points are ascending; the first one starts at 0). */
    public RiskLevel levelFor(int score) {
        RiskLevel level = cutPoints.get(0).level();
        for (CutPoint c : cutPoints) {
            if (score >= c.minScore()) {
                level = c.level();
            }
        }
        return level;
    }

    /** The lowest score that reaches a level above {@code level}, if any. */
    public Optional<CutPoint> nextCutPointAbove(RiskLevel level) {
        return cutPoints.stream().filter(c -> c.level().compareTo(level) > 0).findFirst();
    }

    public String title(boolean spanish) {
        return spanish || titleEn == null ? titleEs : titleEn;
    }

    public String notice(boolean spanish) {
        return spanish || noticeEn == null ? noticeEs : noticeEn;
    }

    /** e.g. {@code VPR/5.0-VG1} */
    public String reference() {
        return code + "/" + version;
    }
}
