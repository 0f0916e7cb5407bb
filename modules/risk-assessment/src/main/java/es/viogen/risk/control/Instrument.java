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
 */
public record Instrument(String code, String version, AssessmentKind kind, String titleEs, String titleEn,
                         String noticeEs, String noticeEn, List<Factor> factors, List<CutPoint> cutPoints,
                         List<RedFlagRule> redFlags, HScale hScale, MinorsRules minors, double minimumConfidence) {

    public Instrument {
        factors = List.copyOf(factors);
        cutPoints = List.copyOf(cutPoints);
        redFlags = List.copyOf(redFlags);
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
