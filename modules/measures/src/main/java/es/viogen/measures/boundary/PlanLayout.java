package es.viogen.measures.boundary;

import es.viogen.measures.api.MeasureView;
import es.viogen.measures.control.ProtocolDefinition;
import es.viogen.measures.control.ProtocolStore;
import es.viogen.platform.api.RiskLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a plan is laid out for the officer: grouped by the level that brings each measure (no apreciado first) and,
 * within it, mandatory before complementary, in the protocol's own order — not in the order the rows were written.
 */
@ApplicationScoped
public class PlanLayout {

    @Inject
    ProtocolStore protocols;

    /** A measure with the level of the protocol that brings it. */
    public record Placed(MeasureView measure, RiskLevel level) {
        /**
         * The group's key, which sorts as the groups go (the table sorts its rows by it, stably, so the protocol's
         * order within a group stays): the level, then mandatory before complementary.
         */
        public String groupKey() {
            return level.ordinal() + (measure.mandatory() ? "0" : "1");
        }
    }

    @Transactional
    public List<Placed> arrange(Long protocolId, List<MeasureView> measures) {
        Map<String, Integer> position = new HashMap<>();
        Map<String, RiskLevel> level = new HashMap<>();
        if (protocolId != null) {
            List<ProtocolDefinition.MeasureDefinition> defs = protocols.get(protocolId).definitions();
            for (int i = 0; i < defs.size(); i++) {
                position.put(defs.get(i).code(), i);
                level.put(defs.get(i).code(), defs.get(i).minLevel());
            }
        }
        return measures.stream().map(m -> new Placed(m, level.getOrDefault(m.code(), RiskLevel.NO_APRECIADO)))
                .sorted(Comparator.comparing(Placed::level)
                        .thenComparing(p -> !p.measure().mandatory())
                        .thenComparing(p -> position.getOrDefault(p.measure().code(), Integer.MAX_VALUE)))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }
}
