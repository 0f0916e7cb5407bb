package es.viogen.measures.boundary;

import es.viogen.measures.control.JpaDueStore;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up dashboards within the caller's scope: active cases by level, by province and level, each unit's
 * overdue rate, and the alerts this module raised lately.
 */
@ApplicationScoped
public class FollowUpDashboards {

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /** Active cases by level within the actor's scope (for the chart), lowest level first. */
    @Transactional
    public Map<String, Long> casesByLevel(Long unitId) {
        ScopePredicate.Sql f = DueLists.scoped(scope.visibility());
        List<Object> params = new ArrayList<>(f.params());
        String unitCond = "";
        if (unitId != null) {
            unitCond = " AND c.unit_id = ?";
            params.add(unitId);
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (es.viogen.platform.api.RiskLevel l : es.viogen.platform.api.RiskLevel.values()) {
            out.put(l.name(), 0L);
        }
        out.put("NONE", 0L);
        for (Object o : DueLists.query(em, "SELECT COALESCE(c.level, 'NONE'), COUNT(*) FROM measures.followed_case c "
                + "WHERE c.status <> 'INACTIVE' AND " + f.text() + unitCond + " GROUP BY 1", params).getResultList()) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    /** A row of the region's dashboard. */
    public record ProvinceLevelCount(String provinceCode, String level, long cases) {
    }

    /** A unit's overdue rate: active cases whose re-assessment is overdue, over its active cases. */
    public record UnitOverdueRate(long unitId, long activeCases, long overdue) {
        public double rate() {
            return activeCases == 0 ? 0 : (double) overdue / activeCases;
        }
    }

    @Transactional
    public List<ProvinceLevelCount> activeByProvinceAndLevel() {
        ScopePredicate.Sql f = DueLists.scoped(scope.visibility());
        audit.record(AuditAction.SEARCH, "Case", null, "regional follow-up dashboard");
        List<ProvinceLevelCount> out = new ArrayList<>();
        for (Object o : DueLists.query(em, "SELECT COALESCE(c.province_code, '--'), COALESCE(c.level, 'NONE'), COUNT(*) "
                + "FROM measures.followed_case c WHERE c.status <> 'INACTIVE' AND " + f.text()
                + " GROUP BY 1, 2 ORDER BY 1, 2", f.params()).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new ProvinceLevelCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()));
        }
        return out;
    }

    @Transactional
    public List<UnitOverdueRate> overdueRatePerUnit() {
        ScopePredicate.Sql f = DueLists.scoped(scope.visibility());
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(Instant.now()));
        params.addAll(f.params());
        List<UnitOverdueRate> out = new ArrayList<>();
        for (Object o : DueLists.query(em, "SELECT c.unit_id, COUNT(*), COUNT(*) FILTER (WHERE c.reassessment_due < ?) "
                + "FROM measures.followed_case c WHERE c.status <> 'INACTIVE' AND " + f.text()
                + " GROUP BY c.unit_id ORDER BY 3 DESC, 1", params).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new UnitOverdueRate(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return out;
    }

    /** The alerts this module raised for a unit lately (type, case), newest first. */
    /** An alert raised on a case: the case's number is the one people know it by (its id only links). */
    public record RecentAlert(long caseId, String caseNumber, String type, Instant raisedAt) {
    }

    @Transactional
    public List<RecentAlert> recentAlerts(long unitId, int max) {
        return alerts(em.createNativeQuery("SELECT r.case_id, f.case_number, r.type, r.raised_at "
                + "FROM measures.raised_alert r LEFT JOIN measures.followed_case f ON f.case_id = r.case_id "
                + "WHERE r.unit_id = ?1 ORDER BY r.raised_at DESC LIMIT ?2").setParameter(1, unitId).setParameter(2, max));
    }

    @Transactional
    public List<RecentAlert> alertsOfCase(long caseId) {
        return alerts(em.createNativeQuery("SELECT r.case_id, f.case_number, r.type, r.raised_at "
                + "FROM measures.raised_alert r LEFT JOIN measures.followed_case f ON f.case_id = r.case_id "
                + "WHERE r.case_id = ?1 ORDER BY r.raised_at DESC LIMIT 200").setParameter(1, caseId));
    }

    private static List<RecentAlert> alerts(Query q) {
        List<RecentAlert> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new RecentAlert(((Number) r[0]).longValue(), (String) r[1], (String) r[2], JpaDueStore.instant(r[3])));
        }
        return out;
    }
}
