package es.viogen.measures.boundary;

import es.viogen.measures.entity.JudicialOrder;
import es.viogen.measures.entity.PlanEvent;
import es.viogen.platform.api.TimelineContribution;
import es.viogen.platform.api.TimelineEntry;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Measures, judicial orders, executions and alerts on the case's timeline (the caller checked access). */
@ApplicationScoped
public class MeasuresTimeline implements TimelineContribution {

    @Inject
    FollowUpService followUp;

    @Inject
    JudicialOrderDesk orders;

    @Inject
    MeasureExecutions executions;

    @Inject
    FollowUpDashboards dashboards;

    @Inject
    Texts texts;

    @Override
    @Transactional
    public List<TimelineEntry> entriesForCase(long caseId) {
        String link = "/follow-up/plan.xhtml?case=" + caseId;
        List<TimelineEntry> out = new ArrayList<>();
        // the measures one assessment added (or withdrew) make one entry, not a line each
        java.util.Map<String, List<PlanEvent>> changes = new java.util.LinkedHashMap<>();
        for (PlanEvent e : followUp.history(caseId)) {
            switch (e.getKind()) {
                case MEASURE_ADDED, MEASURE_WITHDRAWN -> changes.computeIfAbsent(e.getKind() + "|" + e.getAt() + "|"
                        + e.getAssessmentId(), k -> new ArrayList<>()).add(e);
                case UNIT_CHANGED, REASSESSMENT_DUE_NOW, ORDER_BREACHED -> out.add(new TimelineEntry(e.getAt(),
                        e.getKind().name(), "timeline.measures." + e.getKind().name(), List.of(), link));
                default -> {
                    // level changes are the risk module's entries; orders are listed below
                }
            }
        }
        for (List<PlanEvent> group : changes.values()) {
            PlanEvent first = group.get(0);
            String names = group.stream().map(e -> texts.get("measure." + e.getMeasureCode()))
                    .collect(java.util.stream.Collectors.joining("; "));
            out.add(group.size() == 1
                    ? new TimelineEntry(first.getAt(), first.getKind().name(), "timeline.measures." + first.getKind().name(),
                            List.of(names), link)
                    : new TimelineEntry(first.getAt(), first.getKind().name(), "timeline.measures.grouped."
                            + first.getKind().name(), List.of(String.valueOf(group.size()), names), link));
        }
        for (JudicialOrder o : orders.orders(caseId)) {
            out.add(new TimelineEntry(o.getRegisteredAt(), "JUDICIAL_ORDER", "timeline.measures.JUDICIAL_ORDER",
                    List.of(texts.get("order.type." + o.getType().name()), o.getCourt(), o.getProcedureNumber()), link));
        }
        executions.executions(caseId).forEach(x -> out.add(new TimelineEntry(x.getExecutedAt(), "MEASURE_EXECUTION",
                "timeline.measures.MEASURE_EXECUTION", List.of(), link)));
        dashboards.alertsOfCase(caseId).forEach(a -> out.add(new TimelineEntry(a.raisedAt(), "ALERT",
                "timeline.measures.ALERT", List.of(texts.get("alert.type." + a.type())), link)));
        return out;
    }
}
