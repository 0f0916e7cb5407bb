package es.viogen.risk.boundary;

import es.viogen.intake.api.CaseStatistics.ActiveSet;
import es.viogen.platform.api.MonthlyCount;
import es.viogen.risk.api.RiskStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link RiskStatistics} from the assessment history, set-based. The level of a case at a month's end is that of its
 * last assessment submitted before then (the level in force, which a refused de-escalation keeps), with that
 * assessment's especial-relevancia and minors flags (a flag lifted later by hand, {@code flag_change}, is not
 * replayed: a known simplification). An assessment is overdue at a month's end when it was owed (created) before
 * then, its due moment had passed and it had not been submitted by then; cancelled ones are left out (their
 * cancellation time is not kept). Assessments done and overdue are placed by {@code case_place}. The level at a month's
 * end is one backward probe per case of the covering index {@code assessment_level_history} (risk V5).
 */
@ApplicationScoped
public class RiskHistoryFigures implements RiskStatistics {

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    public static final String LEVELS = """
            WITH ids AS (
              SELECT unnest(string_to_array(?1, ','))::bigint AS case_id, unnest(string_to_array(?2, ',')) AS place),
            last AS (
              SELECT ids.case_id, x.level, x.er, x.mar, x.mv FROM ids CROSS JOIN LATERAL (
                SELECT COALESCE(a.level_in_force, a.final_level) AS level, COALESCE(a.especial_relevancia, false) AS er,
                       COALESCE(a.minors_at_risk, false) AS mar, COALESCE(a.minors_vulnerable, false) AS mv
                FROM risk.assessment a
                WHERE a.case_id = ids.case_id AND a.status = 'SUBMITTED' AND a.assessed_at < CAST(?3 AS timestamptz)
                ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) x)
            SELECT ids.place, COALESCE(l.level, 'NONE') AS level, count(*), count(*) FILTER (WHERE l.er),
                   count(*) FILTER (WHERE l.mar), count(*) FILTER (WHERE l.mv)
            FROM ids LEFT JOIN last l ON l.case_id = ids.case_id GROUP BY 1, 2
            """;

    public static final String ASSESSMENTS = """
            WITH months AS (
              SELECT k, s AS start_at, e AS end_at FROM unnest(CAST(?1 AS timestamptz[]), CAST(?2 AS timestamptz[]))
                WITH ORDINALITY AS m(s, e, k)),
            bounds AS (SELECT min(start_at) AS lo, max(end_at) AS hi FROM months),
            done AS (
              SELECT m.k, a.case_id, CASE WHEN a.kind = 'VPR' THEN 'VPR' ELSE 'VPER' END AS dim
              FROM risk.assessment a CROSS JOIN bounds b JOIN months m ON a.assessed_at >= m.start_at AND a.assessed_at < m.end_at
              WHERE a.status = 'SUBMITTED' AND a.assessed_at >= b.lo AND a.assessed_at < b.hi),
            overdue AS (
              SELECT m.k, a.case_id, 'TOTAL' AS dim
              FROM risk.assessment a CROSS JOIN bounds b
                JOIN months m ON a.created_at < m.end_at AND a.due_at < m.end_at
                             AND (a.status = 'PENDING' OR a.assessed_at >= m.end_at)
              WHERE a.due_at < b.hi AND (a.status = 'PENDING' OR a.status = 'SUBMITTED' AND a.assessed_at > a.due_at
                                         AND a.assessed_at >= b.lo))
            SELECT x.k, p.region_code, p.province_code, x.metric, x.dim, count(*) FROM (
              SELECT k, case_id, 'ASSESSMENTS_DONE' AS metric, dim FROM done
              UNION ALL SELECT k, case_id, 'ASSESSMENTS_OVERDUE', dim FROM overdue) x
            LEFT JOIN risk.case_place p ON p.case_id = x.case_id
            GROUP BY x.k, p.region_code, p.province_code, x.metric, x.dim
            """;

    @Override
    @Transactional
    public List<MonthlyCount> levelsAt(YearMonth month, ActiveSet active) {
        List<MonthlyCount> out = new ArrayList<>();
        if (active.caseIds().isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LEVELS).setParameter(1, active.caseIds())
                .setParameter(2, active.places()).setParameter(3, MonthlyCount.end(month).toString()).getResultList();
        for (Object[] r : rows) {
            String place = (String) r[0];
            String region = "-".equals(place) ? "" : place.substring(0, place.indexOf('-'));
            String province = "-".equals(place) ? "" : place.substring(place.indexOf('-') + 1);
            String level = (String) r[1];
            String[] metrics = {"ACTIVE_BY_LEVEL", "ESPECIAL_RELEVANCIA", "MINORS_AT_RISK", "MINORS_VULNERABLE"};
            for (int i = 0; i < metrics.length; i++) {
                long n = ((Number) r[2 + i]).longValue();
                if (i == 0 || n > 0) {
                    out.add(new MonthlyCount(month, region, province, metrics[i], level, n));
                }
            }
        }
        return out;
    }

    @Override
    @Transactional
    public List<MonthlyCount> assessments(List<YearMonth> months) {
        List<MonthlyCount> out = new ArrayList<>();
        if (months.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ASSESSMENTS).setParameter(1, MonthlyCount.pgArray(months, false))
                .setParameter(2, MonthlyCount.pgArray(months, true)).getResultList();
        for (Object[] r : rows) {
            out.add(new MonthlyCount(months.get(((Number) r[0]).intValue() - 1), (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], ((Number) r[5]).longValue()));
        }
        return out;
    }
}
