package es.viogen.measures.control;

import es.viogen.platform.api.AlertSeverity;

import java.util.List;

/**
 * An alert this module raises about a case, for a unit. The dedup key names the due item and the unit, so each due
 * item raises one alert per recipient unit, however many passes, instances or retries see it.
 */
public record FollowUpAlert(long caseId, long unitId, AlertType type, AlertSeverity severity, List<String> args,
                            String dedupKey) {

    public FollowUpAlert {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "alert.measures." + type.name();
    }

    public String link() {
        return "/follow-up/plan.xhtml?case=" + caseId;
    }

    /** The types this module raises (bundle keys {@code alert.type.<TYPE>} and {@code alert.measures.<TYPE>}). */
    public enum AlertType {
        REASSESSMENT_DUE, REASSESSMENT_OVERDUE, REASSESSMENT_ESCALATED,
        MEASURE_DUE, MEASURE_OVERDUE, MEASURE_ESCALATED,
        INCIDENT_REASSESSMENT, LEVEL_RAISED, ESPECIAL_RELEVANCIA, MEASURE_BREACH, PRISON_EVENT,
        JUDICIAL_ORDER_EXPIRING, VICTIM_REVIEW_REQUEST
    }

    /** e.g. {@code REASSESSMENT_OVERDUE:case:42:2026-11-30T10:00:00Z:unit:7} */
    public static String key(AlertType type, String item, String when, long unitId) {
        return type.name() + ":" + item + ":" + when + ":unit:" + unitId;
    }
}
