package es.viogen.measures.control;

import es.viogen.platform.api.RiskLevel;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What a protection plan must hold at a level, and when the next re-assessment is due. Pure functions. */
public final class PlanRules {

    private PlanRules() {
    }

    /** The catalogue items a level requires: its own and those of every level below it, in catalogue order. */
    public static List<ProtocolDefinition.MeasureDefinition> measuresFor(Collection<ProtocolDefinition.MeasureDefinition> catalogue,
                                                                          RiskLevel level) {
        return catalogue.stream().filter(m -> level.isAtLeast(m.minLevel())).toList();
    }

    /** The measures to add and to withdraw to move a plan holding {@code inForce} codes to {@code level}. */
    public static PlanChange change(Set<String> inForce, Collection<ProtocolDefinition.MeasureDefinition> catalogue,
                                    RiskLevel level) {
        Set<String> wanted = measuresFor(catalogue, level).stream().map(ProtocolDefinition.MeasureDefinition::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> add = new LinkedHashSet<>(wanted);
        add.removeAll(inForce);
        Set<String> withdraw = new LinkedHashSet<>(inForce);
        withdraw.removeAll(wanted);
        return new PlanChange(add, withdraw);
    }

    public record PlanChange(Set<String> toAdd, Set<String> toWithdraw) {
        public boolean isEmpty() {
            return toAdd.isEmpty() && toWithdraw.isEmpty();
        }
    }

    /** The next re-assessment: the last assessment plus the level's maximum interval. */
    public static Instant reassessmentDue(Instant assessedAt, RiskLevel level,
                                          Map<RiskLevel, ProtocolDefinition.ReassessmentPeriod> periods) {
        ProtocolDefinition.ReassessmentPeriod p = periods.get(level);
        if (p == null) {
            throw new IllegalArgumentException("no re-assessment period for " + level);
        }
        return assessedAt.plus(p.maxInterval());
    }

    /** When a recurring measure is next due: its last execution (or since it applies) plus its frequency. */
    public static Instant measureDue(Instant since, Instant lastExecutedAt, Integer frequencyHours) {
        if (frequencyHours == null) {
            return null;
        }
        Instant from = lastExecutedAt != null && lastExecutedAt.isAfter(since) ? lastExecutedAt : since;
        return from.plus(Duration.ofHours(frequencyHours));
    }

    /** Whether the level was raised into alto or extremo by this assessment. */
    public static boolean raisedToHigh(RiskLevel previous, RiskLevel level) {
        return level.isAtLeast(RiskLevel.ALTO) && (previous == null || level.compareTo(previous) > 0);
    }
}
