package es.viogen.municipal.boundary;

import es.viogen.municipal.api.IntegrationStatistics;
import es.viogen.platform.api.MonthlyCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link IntegrationStatistics}: per province, the towns of the programme list (included; the list as it stands, it
 * keeps no history) and the adhesions integrated at each month's end — the last dated transition effective before the
 * month's end went to INTEGRATED, or, for an adhesion recorded without transitions, integrated before then and
 * integrated still.
 */
@ApplicationScoped
public class IntegrationHistoryFigures implements IntegrationStatistics {

    @PersistenceContext(unitName = "municipal")
    EntityManager em;

    public static final String SQL = """
            WITH months AS (
              SELECT k, (e AT TIME ZONE 'Europe/Madrid')::date AS end_day
              FROM unnest(CAST(?1 AS timestamptz[])) WITH ORDINALITY AS m(e, k)),
            towns AS (
              SELECT m.region_code, m.province_code, a.id AS adhesion_id, a.status, a.integrated_at
              FROM municipal.programme_entry p JOIN municipal.municipality m ON m.ine_code = p.ine_code
              LEFT JOIN municipal.adhesion a ON a.ine_code = p.ine_code WHERE p.included),
            at_end AS (
              SELECT mo.k, t.region_code, t.province_code,
                     (SELECT tr.to_status FROM municipal.adhesion_transition tr
                      WHERE tr.adhesion_id = t.adhesion_id AND tr.effective_on < mo.end_day
                      ORDER BY tr.effective_on DESC, tr.recorded_at DESC, tr.id DESC LIMIT 1) AS last_status,
                     t.status, t.integrated_at, mo.end_day,
                     EXISTS (SELECT 1 FROM municipal.adhesion_transition tr WHERE tr.adhesion_id = t.adhesion_id) AS dated
              FROM towns t CROSS JOIN months mo)
            SELECT k, region_code, province_code, count(*) AS programme,
                   count(*) FILTER (WHERE CASE WHEN dated THEN last_status = 'INTEGRATED'
                                     ELSE status = 'INTEGRATED' AND integrated_at IS NOT NULL
                                          AND (integrated_at AT TIME ZONE 'Europe/Madrid')::date < end_day END) AS integrated
            FROM at_end GROUP BY k, region_code, province_code
            """;

    @Override
    @Transactional
    public List<MonthlyCount> localPolice(List<YearMonth> months) {
        List<MonthlyCount> out = new ArrayList<>();
        if (months.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, MonthlyCount.pgArray(months, true)).getResultList();
        for (Object[] r : rows) {
            YearMonth m = months.get(((Number) r[0]).intValue() - 1);
            out.add(new MonthlyCount(m, (String) r[1], (String) r[2], "LOCAL_POLICE", "PROGRAMME", ((Number) r[3]).longValue()));
            out.add(new MonthlyCount(m, (String) r[1], (String) r[2], "LOCAL_POLICE", "INTEGRATED", ((Number) r[4]).longValue()));
        }
        return out;
    }
}
