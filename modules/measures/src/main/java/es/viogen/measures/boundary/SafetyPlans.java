package es.viogen.measures.boundary;

import es.viogen.measures.entity.SafetyPlanItem;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.ConflictingChange;
import es.viogen.platform.api.RecordNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The victim's safety plan of a case: its items, ticked with her (optimistic version check, audited).
 */
@ApplicationScoped
public class SafetyPlans {

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Inject
    FollowUpService followUp;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Transactional
    public List<SafetyPlanItem> safetyPlan(long caseId) {
        return em.createQuery("SELECT s FROM SafetyPlanItem s WHERE s.caseId = :c ORDER BY s.position", SafetyPlanItem.class)
                .setParameter("c", caseId).getResultList();
    }

    @Transactional
    public void tickSafetyItem(long caseId, long itemId, boolean done, long version) {
        followUp.requireWriter();
        followUp.caseFor(caseId, "tick a safety plan item with the victim");
        SafetyPlanItem s = em.find(SafetyPlanItem.class, itemId);
        if (s == null || s.getCaseId() != caseId) {
            throw new RecordNotFound("SafetyPlanItem", itemId);
        }
        if (s.getVersion() != version) {
            throw new ConflictingChange();
        }
        s.tick(done, scope.actor().username(), Instant.now());
        audit.record(AuditAction.UPDATE, "SafetyPlanItem", Long.toString(itemId), "safety plan of case " + caseId);
    }
}
