package es.viogen.measures.control;

import es.viogen.platform.api.NativeSql;

/**
 * The scheduler's SQL, shared by the server's store ({@link JpaDueStore}) and the benchmark. Each claim takes the
 * due rows in order and locks them, skipping rows another pass holds; the partial indexes on {@code next_check_at}
 * keep a pass proportional to the items due, not to the active cases.
 */
public final class DueSql {

    private DueSql() {
    }

    public static final String CLAIM_CASES = "SELECT case_id, case_number, unit_id, region_code, province_code, "
            + "municipality_code, level, protocol_id, reassessment_due, reassessment_stage FROM measures.followed_case "
            + "WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED";

    public static final String CASE_REACHED = "UPDATE measures.followed_case SET reassessment_stage = ?, "
            + "next_check_at = CAST(? AS timestamptz) WHERE case_id = ?";

    public static final String CLAIM_MEASURES = "SELECT m.id, m.case_id, m.code, m.frequency_hours, m.next_due_at, "
            + "m.stage, c.case_number, c.unit_id, c.region_code, c.province_code, c.municipality_code, c.level, "
            + "c.protocol_id FROM measures.plan_measure m JOIN measures.followed_case c ON c.case_id = m.case_id "
            + "WHERE m.next_check_at <= ? ORDER BY m.next_check_at LIMIT ? FOR UPDATE OF m SKIP LOCKED";

    public static final String MEASURE_REACHED = "UPDATE measures.plan_measure SET stage = ?, next_check_at = CAST(? AS timestamptz) "
            + "WHERE id = ?";

    public static final String CLAIM_ORDERS = "SELECT o.id, o.case_id, o.ends_on, c.case_number, c.unit_id "
            + "FROM measures.judicial_order o JOIN measures.followed_case c ON c.case_id = o.case_id "
            + "WHERE NOT o.expiry_notified AND o.ends_on IS NOT NULL AND o.ends_on <= ? AND c.status <> 'INACTIVE' "
            + "ORDER BY o.ends_on LIMIT ? FOR UPDATE OF o SKIP LOCKED";

    public static final String ORDER_NOTIFIED = "UPDATE measures.judicial_order SET expiry_notified = true WHERE id = ?";

    public static final String RECORD_ALERT = "INSERT INTO measures.raised_alert (dedup_key, case_id, unit_id, type) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING";

    /** Turns JDBC-style {@code ?} placeholders into JPA's numbered ones (platform's {@link NativeSql}). */
    public static String numbered(String sql) {
        return NativeSql.numbered(sql);
    }
}
