package es.viogen.partners.control;

import java.util.List;

/** Operation scopes a partner client may be granted. */
public final class Scopes {

    public static final String CASES_READ = "cases:read";
    public static final String CASES_WRITE = "cases:write";
    public static final String INCIDENTS_WRITE = "incidents:write";
    public static final String JUDICIAL_ORDERS_WRITE = "judicial-orders:write";
    public static final String PRISON_EVENTS_WRITE = "prison-events:write";
    public static final String ASSESSMENTS_READ = "assessments:read";
    public static final String ASSESSMENTS_WRITE = "assessments:write";
    public static final String COVERAGE_READ = "coverage:read";
    public static final String EVENTS_SUBSCRIBE = "events:subscribe";
    public static final String STATISTICS_READ = "statistics:read";
    /** The risk model's monitoring figures (aggregates, the partner's territory), for the ministry. */
    public static final String MODEL_MONITORING_READ = "model-monitoring:read";

    public static final List<String> ALL = List.of(CASES_READ, CASES_WRITE, INCIDENTS_WRITE, JUDICIAL_ORDERS_WRITE,
            PRISON_EVENTS_WRITE, ASSESSMENTS_READ, ASSESSMENTS_WRITE, COVERAGE_READ, EVENTS_SUBSCRIBE,
            STATISTICS_READ, MODEL_MONITORING_READ);

    private Scopes() {
    }
}
