package es.viogen.measures.control;

import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Raises this module's alerts through the platform inbox (idempotent on the dedup key) and keeps the case's side of
 * it in {@code measures.raised_alert} for the timeline and the dashboards, in the caller's transaction.
 */
@ApplicationScoped
public class AlertSink implements DuePass.Alerts {

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Inject
    AlertInbox inbox;

    @Override
    public boolean raise(FollowUpAlert a) {
        boolean raised = inbox.raise(new AlertRequest(a.unitId(), null, a.type().name(), a.severity(), "Case",
                Long.toString(a.caseId()), a.link(), a.messageKey(), a.args(), a.dedupKey()));
        em.createNativeQuery(DueSql.numbered(DueSql.RECORD_ALERT)).setParameter(1, a.dedupKey())
                .setParameter(2, a.caseId()).setParameter(3, a.unitId()).setParameter(4, a.type().name())
                .executeUpdate();
        return raised;
    }
}
