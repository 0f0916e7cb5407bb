package es.viogen.measures.control;

import es.viogen.platform.api.RiskLevel;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A loaded protocol version (ids from schema {@code measures}); immutable, so it is cached. */
public record Protocol(long id, String code, Duration dueSoon, int orderNoticeDays,
                       Map<RiskLevel, ProtocolDefinition.ReassessmentPeriod> periods, List<Item> catalogue,
                       List<SafetyItem> safetyPlan) {

    public record Item(long id, ProtocolDefinition.MeasureDefinition definition) {
    }

    public record SafetyItem(String code, String nameKey, String name, int position) {
    }

    public List<ProtocolDefinition.MeasureDefinition> definitions() {
        return catalogue.stream().map(Item::definition).toList();
    }

    public Item item(String code) {
        return catalogue.stream().filter(i -> i.definition().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no measure " + code + " in " + this.code));
    }

    public Duration grace(RiskLevel level) {
        return periods.get(level == null ? RiskLevel.NO_APRECIADO : level).grace();
    }

    /** The "coming due" notice before a re-assessment: the protocol's lead, at most half the level's interval. */
    public Duration reassessmentLead(RiskLevel level) {
        Duration half = periods.get(level == null ? RiskLevel.NO_APRECIADO : level).maxInterval().dividedBy(2);
        return dueSoon.compareTo(half) < 0 ? dueSoon : half;
    }

    /** Recurring measures of at least three days get a "coming due" notice a day before; frequent ones only overdue. */
    public static Duration measureLead(Integer frequencyHours) {
        return frequencyHours != null && frequencyHours >= 72 ? Duration.ofHours(24) : Duration.ZERO;
    }
}
