package es.viogen.partners.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The partners' former idempotency table ({@code partners.idempotency_key}): no longer written (idempotency is the
 * platform's {@code IdempotencyKeys}, for REST and SOAP); its last rows age out here.
 */
@ApplicationScoped
public class IdempotencyStore {

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    /** Keys were kept 7 days: long enough for any partner's retry policy. */
    @Transactional
    public int purgeOlderThanDays(int days) {
        return em.createNativeQuery("DELETE FROM partners.idempotency_key WHERE created_at < now() - make_interval(days => ?1)")
                .setParameter(1, days).executeUpdate();
    }
}
