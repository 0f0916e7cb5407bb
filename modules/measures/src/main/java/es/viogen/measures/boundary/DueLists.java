package es.viogen.measures.boundary;

import es.viogen.measures.api.DueItem;
import es.viogen.measures.control.DuePass;
import es.viogen.measures.control.DueSql;
import es.viogen.measures.control.JpaDueStore;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import es.viogen.platform.api.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a unit has due by the end of today or overdue: re-assessments and recurring measures, within the caller's
 * scope (a unit outside it is 403, audited).
 */
@ApplicationScoped
public class DueLists {

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Inject
    Units units;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /** Re-assessments and recurring measures of a unit due by the end of today or overdue (within the actor's scope). */
    @Transactional
    public List<DueItem> due(long unitId) {
        Actor a = scope.actor();
        Visibility v = scope.visibility();
        // a unit outside the caller's scope is 403 as documented (a partner used to get 200 [] for any unit)
        Optional<UnitView> unit = units.find(unitId);
        if (unit.isEmpty()) {
            throw new RecordNotFound("Unit", unitId);
        }
        if (!v.admits(new RecordLocation(unitId, unit.get().territory()))) {
            audit.record(AuditAction.ACCESS_DENIED, "Unit", Long.toString(unitId), "due list outside the actor's scope");
            throw new AccessDenied();
        }
        audit.record(a, AuditAction.SEARCH, "Unit", Long.toString(unitId), "due and overdue follow-up of a unit");
        Instant now = Instant.now();
        Instant endOfToday = LocalDate.now(DuePass.MADRID).plusDays(1).atStartOfDay(DuePass.MADRID).toInstant();
        ScopePredicate.Sql f = scoped(v);
        List<DueItem> items = new ArrayList<>();
        List<Object> params = new ArrayList<>(List.of(unitId, Timestamp.from(endOfToday)));
        params.addAll(f.params());
        for (Object o : query(em, "SELECT c.case_id, c.case_number, c.reassessment_due FROM measures.followed_case c "
                + "WHERE c.unit_id = ? AND c.status <> 'INACTIVE' AND c.reassessment_due < ? AND " + f.text()
                + " ORDER BY c.reassessment_due LIMIT 1000", params).getResultList()) {
            Object[] r = (Object[]) o;
            Instant due = JpaDueStore.instant(r[2]);
            items.add(new DueItem(((Number) r[0]).longValue(), (String) r[1], "REASSESSMENT", null, null, due, due.isBefore(now)));
        }
        for (Object o : query(em, "SELECT c.case_id, c.case_number, m.id, m.code, m.next_due_at FROM measures.plan_measure m "
                + "JOIN measures.followed_case c ON c.case_id = m.case_id WHERE c.unit_id = ? AND c.status <> 'INACTIVE' "
                + "AND m.withdrawn_at IS NULL AND m.next_due_at < ? AND " + f.text()
                + " ORDER BY m.next_due_at LIMIT 1000", params).getResultList()) {
            Object[] r = (Object[]) o;
            Instant due = JpaDueStore.instant(r[4]);
            items.add(new DueItem(((Number) r[0]).longValue(), (String) r[1], "MEASURE", ((Number) r[2]).longValue(),
                    (String) r[3], due, due.isBefore(now)));
        }
        return items;
    }

    /** A native query of the measures schema with JDBC-style {@code ?} parameters, numbered. */
    static Query query(EntityManager em, String jdbcSql, List<Object> params) {
        Query q = em.createNativeQuery(DueSql.numbered(jdbcSql));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    /** The actor's visibility as a condition over {@code measures.followed_case c} (the case's unit and place). */
    static ScopePredicate.Sql scoped(Visibility v) {
        return ScopePredicate.sql(v, ScopePredicate.Columns.sql("c"));
    }
}
