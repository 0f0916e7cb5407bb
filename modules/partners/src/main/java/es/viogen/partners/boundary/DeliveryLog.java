package es.viogen.partners.boundary;

import es.viogen.partners.entity.Delivery;
import es.viogen.partners.entity.DeliveryStatus;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The outbound delivery log for administrators: filter by status and partner, replay a delivery. */
@ApplicationScoped
public class DeliveryLog {

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    public long count(DeliveryStatus status, String partner) {
        scope.requireRole(Role.ADMIN);
        return query("SELECT COUNT(d) FROM Delivery d", status, partner, Long.class).getSingleResult();
    }

    public List<Delivery> page(DeliveryStatus status, String partner, int first, int size) {
        scope.requireRole(Role.ADMIN);
        return query("SELECT d FROM Delivery d", status, partner, Delivery.class)
                .setFirstResult(first).setMaxResults(Math.min(size, 200)).getResultList();
    }

    @Transactional
    public void replay(long id) {
        scope.requireRole(Role.ADMIN);
        Delivery d = em.find(Delivery.class, id);
        if (d == null) {
            throw new RecordNotFound("Delivery", id);
        }
        d.replay(Instant.now());
        audit.record(AuditAction.UPDATE, "Delivery", String.valueOf(id), "delivery replayed");
    }

    private <T> TypedQuery<T> query(String select, DeliveryStatus status, String partner, Class<T> type) {
        StringBuilder q = new StringBuilder(select).append(" WHERE 1 = 1");
        if (status != null) {
            q.append(" AND d.status = :status");
        }
        if (partner != null && !partner.isBlank()) {
            q.append(" AND d.partnerClient = :partner");
        }
        if (type != Long.class) {
            q.append(" ORDER BY d.createdAt DESC, d.id DESC");
        }
        TypedQuery<T> tq = em.createQuery(q.toString(), type);
        if (status != null) {
            tq.setParameter("status", status);
        }
        if (partner != null && !partner.isBlank()) {
            tq.setParameter("partner", partner.trim());
        }
        return tq;
    }
}
