package es.viogen.partners.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Partner submissions keyed by (partner, message id). {@link #begin} claims the key in a transaction of its own
 * ({@code INSERT ... ON CONFLICT DO NOTHING}, so two concurrent retries cannot both proceed); the caller then does the
 * work and either {@link #complete}s the key with the answer (replayed to every retry) or {@link #abandon}s it
 * (a failure the partner may retry).
 */
@ApplicationScoped
public class IdempotencyStore {

    public enum Outcome { NEW, REPLAY, MISMATCH, IN_PROGRESS }

    public record Claim(Outcome outcome, int status, String contentType, String location, String body) {
        static Claim of(Outcome o) {
            return new Claim(o, 0, null, null, null);
        }
    }

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim begin(String partner, String messageId, String requestHash) {
        int inserted = em.createNativeQuery("INSERT INTO partners.idempotency_key (partner_client, message_key, "
                        + "request_hash, state, created_at) VALUES (?1, ?2, ?3, 'IN_PROGRESS', now()) "
                        + "ON CONFLICT (partner_client, message_key) DO NOTHING")
                .setParameter(1, partner).setParameter(2, messageId).setParameter(3, requestHash).executeUpdate();
        if (inserted == 1) {
            return Claim.of(Outcome.NEW);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, state, response_status, content_type, location, "
                        + "response_body FROM partners.idempotency_key WHERE partner_client = ?1 AND message_key = ?2")
                .setParameter(1, partner).setParameter(2, messageId).getResultList();
        if (rows.isEmpty()) {
            // abandoned between our insert attempt and the read: the partner may simply retry
            return Claim.of(Outcome.IN_PROGRESS);
        }
        Object[] r = rows.get(0);
        if (!requestHash.equals(r[0])) {
            return Claim.of(Outcome.MISMATCH);
        }
        if (!"COMPLETED".equals(r[1])) {
            return Claim.of(Outcome.IN_PROGRESS);
        }
        return new Claim(Outcome.REPLAY, ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (String) r[5]);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String partner, String messageId, int status, String contentType, String location, String body) {
        em.createNativeQuery("UPDATE partners.idempotency_key SET state = 'COMPLETED', response_status = ?3, "
                        + "content_type = ?4, location = ?5, response_body = ?6, completed_at = now() "
                        + "WHERE partner_client = ?1 AND message_key = ?2")
                .setParameter(1, partner).setParameter(2, messageId).setParameter(3, status)
                .setParameter(4, contentType).setParameter(5, location).setParameter(6, body).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(String partner, String messageId) {
        em.createNativeQuery("DELETE FROM partners.idempotency_key WHERE partner_client = ?1 AND message_key = ?2 "
                        + "AND state = 'IN_PROGRESS'")
                .setParameter(1, partner).setParameter(2, messageId).executeUpdate();
    }

    /** Keys are kept 7 days: long enough for any partner's retry policy. */
    @Transactional
    public int purgeOlderThanDays(int days) {
        return em.createNativeQuery("DELETE FROM partners.idempotency_key WHERE created_at < now() - make_interval(days => ?1)")
                .setParameter(1, days).executeUpdate();
    }
}
