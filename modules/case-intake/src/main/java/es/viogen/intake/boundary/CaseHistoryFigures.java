package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseStatistics;
import es.viogen.platform.api.MonthlyCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CaseStatistics}: one set-based query over every case's history for all the months asked. A case's history
 * is its events in time order — opened (up), an inactivation or supervised inactivation (down), an incident that
 * reactivated it or a complaint (up: a complaint on an inactive case reactivates it) —, each event's state lasting
 * until the next event; a case is active at a month's end when the state holding at that instant is up. An
 * inactivation or reactivation in a month is a change of state in it (a complaint on an active case is none).
 * The place is the case's current region and province (a transfer's earlier place is not kept by intake).
 * Age bands as Interior publishes them (menores de 18, 18–30, 31–45, 46–64, 65 y más), age at the month's end;
 * nationality group: ESPANOLA (España, española, ES, ESP), EXTRANJERA (any other), DESCONOCIDA.
 */
@ApplicationScoped
public class CaseHistoryFigures implements CaseStatistics {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    public static final String SQL = """
            WITH months AS (
              SELECT k, s AS start_at, e AS end_at FROM unnest(CAST(?1 AS timestamptz[]), CAST(?2 AS timestamptz[]))
                WITH ORDINALITY AS m(s, e, k)),
            bounds AS (SELECT min(start_at) AS lo, max(end_at) AS hi FROM months),
            ev AS (
              SELECT c.id AS case_id, c.opened_at AS at, 1 AS up, 0 AS ord FROM intake.case_file c
              UNION ALL SELECT i.case_id, i.decided_at, 0, 1 FROM intake.inactivation i
                WHERE i.kind IN ('INACTIVATION', 'SUPERVISED')
              UNION ALL SELECT n.case_id, n.recorded_at, 1, 2 FROM intake.incident n WHERE n.reactivated_case
              UNION ALL SELECT p.case_id, p.recorded_at, 1, 3 FROM intake.complaint p),
            iv AS (
              SELECT case_id, at, up, lead(at) OVER w AS next_at, lag(up) OVER w AS prev_up
              FROM ev WINDOW w AS (PARTITION BY case_id ORDER BY at, ord)),
            active AS (
              SELECT m.k, m.end_at, x.case_id FROM (
                SELECT iv.* FROM iv, bounds b
                WHERE iv.up = 1 AND iv.at < b.hi AND (iv.next_at IS NULL OR iv.next_at >= b.lo)) x
              JOIN months m ON x.at < m.end_at AND (x.next_at IS NULL OR x.next_at >= m.end_at)),
            changes AS (
              SELECT m.k, iv.case_id, CASE WHEN iv.prev_up IS NULL THEN 'NEW_CASES'
                                           WHEN iv.up = 0 AND iv.prev_up = 1 THEN 'INACTIVATIONS'
                                           WHEN iv.up = 1 AND iv.prev_up = 0 THEN 'REACTIVATIONS' END AS metric
              FROM iv JOIN months m ON iv.at >= m.start_at AND iv.at < m.end_at, bounds b
              WHERE iv.at >= b.lo AND iv.at < b.hi),
            counted AS (
              SELECT a.k, c.region_code, c.province_code, c.id,
                     CASE WHEN v.birth_date IS NULL THEN 'DESCONOCIDA'
                          ELSE (SELECT CASE WHEN y < 18 THEN 'MENOS_18' WHEN y <= 30 THEN '18_30' WHEN y <= 45 THEN '31_45'
                                            WHEN y <= 64 THEN '46_64' ELSE '65_MAS' END
                                FROM (SELECT extract(year FROM age((a.end_at AT TIME ZONE 'Europe/Madrid')::date - 1,
                                                                    v.birth_date))::int AS y) yy) END AS age_band,
                     CASE WHEN v.nationality IS NULL OR btrim(v.nationality) = '' THEN 'DESCONOCIDA'
                          WHEN lower(btrim(v.nationality)) IN ('españa', 'espana', 'española', 'espanola', 'español',
                                                               'es', 'esp') THEN 'ESPANOLA'
                          ELSE 'EXTRANJERA' END AS nationality
              FROM active a JOIN intake.case_file c ON c.id = a.case_id LEFT JOIN intake.victim v ON v.case_id = c.id)
            SELECT k, region_code, province_code, 'ACTIVE_CASES' AS metric, 'TOTAL' AS dimension, count(*) AS n,
                   string_agg(id::text, ',' ORDER BY id) AS ids
              FROM counted GROUP BY k, region_code, province_code
            UNION ALL SELECT k, region_code, province_code, 'VICTIMS_AGE', age_band, count(*), NULL
              FROM counted GROUP BY k, region_code, province_code, age_band
            UNION ALL SELECT k, region_code, province_code, 'VICTIMS_NATIONALITY', nationality, count(*), NULL
              FROM counted GROUP BY k, region_code, province_code, nationality
            UNION ALL SELECT ch.k, c.region_code, c.province_code, ch.metric, 'TOTAL', count(*), NULL
              FROM changes ch JOIN intake.case_file c ON c.id = ch.case_id WHERE ch.metric IS NOT NULL
              GROUP BY ch.k, c.region_code, c.province_code, ch.metric
            """;

    @Override
    @Transactional
    public Figures monthEnds(List<YearMonth> months) {
        if (months.isEmpty()) {
            return new Figures(List.of(), Map.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter(1, MonthlyCount.pgArray(months, false))
                .setParameter(2, MonthlyCount.pgArray(months, true)).getResultList();
        List<MonthlyCount> counts = new ArrayList<>();
        Map<YearMonth, StringBuilder[]> sets = new HashMap<>();
        for (Object[] r : rows) {
            YearMonth month = months.get(((Number) r[0]).intValue() - 1);
            String region = (String) r[1];
            String province = (String) r[2];
            counts.add(new MonthlyCount(month, region, province, (String) r[3], (String) r[4], ((Number) r[5]).longValue()));
            if (r[6] != null) {
                String ids = (String) r[6];
                String place = (region == null || province == null) ? "-" : region + "-" + province;
                int n = ((Number) r[5]).intValue();
                StringBuilder[] s = sets.computeIfAbsent(month, m -> new StringBuilder[] {new StringBuilder(), new StringBuilder()});
                if (s[0].length() > 0) {
                    s[0].append(',');
                    s[1].append(',');
                }
                s[0].append(ids);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        s[1].append(',');
                    }
                    s[1].append(place);
                }
            }
        }
        Map<YearMonth, ActiveSet> active = new HashMap<>();
        for (YearMonth m : months) {
            StringBuilder[] s = sets.get(m);
            active.put(m, s == null ? new ActiveSet("", "") : new ActiveSet(s[0].toString(), s[1].toString()));
        }
        return new Figures(counts, active);
    }
}
