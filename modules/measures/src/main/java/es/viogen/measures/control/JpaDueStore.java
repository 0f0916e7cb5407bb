package es.viogen.measures.control;

import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** {@link DuePass.Store} over the module's persistence unit (runs in the caller's transaction). */
@ApplicationScoped
public class JpaDueStore implements DuePass.Store {

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Override
    public List<DuePass.CaseDue> claimCases(Instant now, int limit) {
        List<DuePass.CaseDue> out = new ArrayList<>();
        for (Object o : em.createNativeQuery(DueSql.numbered(DueSql.CLAIM_CASES)).setParameter(1, Timestamp.from(now))
                .setParameter(2, limit).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new DuePass.CaseDue(num(r[0]), (String) r[1], num(r[2]),
                    new Territory((String) r[3], (String) r[4], (String) r[5]), level(r[6]),
                    r[7] == null ? null : num(r[7]), instant(r[8]), DueStage.valueOf((String) r[9])));
        }
        return out;
    }

    @Override
    public void caseReached(long caseId, DueStage stage, Instant nextCheck) {
        em.createNativeQuery(DueSql.numbered(DueSql.CASE_REACHED)).setParameter(1, stage.name())
                .setParameter(2, nextCheck == null ? null : Timestamp.from(nextCheck)).setParameter(3, caseId)
                .executeUpdate();
    }

    @Override
    public List<DuePass.MeasureDue> claimMeasures(Instant now, int limit) {
        List<DuePass.MeasureDue> out = new ArrayList<>();
        for (Object o : em.createNativeQuery(DueSql.numbered(DueSql.CLAIM_MEASURES))
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new DuePass.MeasureDue(num(r[0]), num(r[1]), (String) r[2],
                    r[3] == null ? null : (int) num(r[3]), instant(r[4]), DueStage.valueOf((String) r[5]),
                    (String) r[6], num(r[7]), new Territory((String) r[8], (String) r[9], (String) r[10]),
                    level(r[11]), r[12] == null ? null : num(r[12])));
        }
        return out;
    }

    @Override
    public void measureReached(long planMeasureId, DueStage stage, Instant nextCheck) {
        em.createNativeQuery(DueSql.numbered(DueSql.MEASURE_REACHED)).setParameter(1, stage.name())
                .setParameter(2, nextCheck == null ? null : Timestamp.from(nextCheck)).setParameter(3, planMeasureId)
                .executeUpdate();
    }

    @Override
    public List<DuePass.OrderDue> claimOrders(LocalDate endingOnOrBefore, int limit) {
        List<DuePass.OrderDue> out = new ArrayList<>();
        for (Object o : em.createNativeQuery(DueSql.numbered(DueSql.CLAIM_ORDERS))
                .setParameter(1, Date.valueOf(endingOnOrBefore)).setParameter(2, limit).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new DuePass.OrderDue(num(r[0]), num(r[1]), ((Date) r[2]).toLocalDate(), (String) r[3], num(r[4])));
        }
        return out;
    }

    @Override
    public void orderNotified(long orderId) {
        em.createNativeQuery(DueSql.numbered(DueSql.ORDER_NOTIFIED)).setParameter(1, orderId).executeUpdate();
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static RiskLevel level(Object o) {
        return o == null ? null : RiskLevel.valueOf((String) o);
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + o.getClass());
    }
}
