package es.viogen.partners.boundary;

import es.viogen.partners.control.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The relay's short transactions: claim a batch of due deliveries with a lease (cluster-safe, {@code FOR UPDATE SKIP
 * LOCKED} inside the claim only), renew the lease while sending, and record each result in its own transaction. No HTTP call happens while any of
 * these transactions is open; a result is recorded only while the claim is still this relay's and the delivery is
 * still pending (a cancelled subscription's deliveries stay cancelled).
 */
@ApplicationScoped
public class DeliveryClaims {

    /** A claimed delivery with what sending it needs. */
    public record Claimed(long id, String payload, int attempts, String callbackUrl, String sealedSecret,
                          String eventKey, String eventType, String partnerClient, String claimToken) {
    }

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(int max, long leaseSeconds, String claimToken) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH due AS (SELECT d.id FROM partners.delivery d "
                        + "JOIN partners.subscription s ON s.id = d.subscription_id "
                        + "WHERE d.status = 'PENDING' AND s.active AND d.next_attempt_at <= now() "
                        + "AND (d.claimed_until IS NULL OR d.claimed_until < now()) "
                        + "ORDER BY d.next_attempt_at, d.id LIMIT ?1 FOR UPDATE OF d SKIP LOCKED) "
                        + "UPDATE partners.delivery d SET claimed_until = now() + make_interval(secs => ?2), claim_token = ?3 "
                        + "FROM due, partners.subscription s WHERE d.id = due.id AND s.id = d.subscription_id "
                        + "RETURNING d.id, d.payload, d.attempts, s.callback_url, s.signing_secret_sealed, d.event_key, "
                        + "d.event_type, s.partner_client")
                .setParameter(1, max).setParameter(2, (double) leaseSeconds).setParameter(3, claimToken)
                .getResultList();
        List<Claimed> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Claimed(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], claimToken));
        }
        out.sort(java.util.Comparator.comparingLong(Claimed::id));
        return out;
    }

    /**
     * Renews this relay's lease on what it still holds (pending, subscription active) and returns those ids: called
     * right before sending (so what was cancelled meanwhile is dropped) and every few seconds while the batch is
     * being sent, so a claim whose owner is alive never runs out. A dead or cut-off owner stops renewing, and its
     * claim can be taken over once the lease has run out.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<Long> renew(String claimToken, long leaseSeconds) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("UPDATE partners.delivery d SET claimed_until = now() + "
                        + "make_interval(secs => ?2) FROM partners.subscription s WHERE s.id = d.subscription_id "
                        + "AND d.claim_token = ?1 AND d.status = 'PENDING' AND s.active RETURNING d.id")
                .setParameter(1, claimToken).setParameter(2, (double) leaseSeconds).getResultList();
        Set<Long> held = new TreeSet<>();
        for (Object id : ids) {
            held.add(((Number) id).longValue());
        }
        return held;
    }

    /** Marks a delivery SENT; false when the claim was lost or the delivery was cancelled meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sent(Claimed c, int statusCode) {
        return em.createNativeQuery("UPDATE partners.delivery SET status = 'SENT', attempts = ?2, last_attempt_at = now(), "
                        + "last_status_code = ?3, last_error = NULL, sent_at = now(), claimed_until = NULL, "
                        + "claim_token = NULL, version = version + 1 WHERE id = ?1 AND claim_token = ?4 AND status = 'PENDING'")
                .setParameter(1, c.id()).setParameter(2, c.attempts() + 1).setParameter(3, statusCode)
                .setParameter(4, c.claimToken()).executeUpdate() == 1;
    }

    /** Schedules a retry with backoff, or FAILED after the last attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(Claimed c, Integer statusCode, String error) {
        int attempts = c.attempts() + 1;
        boolean exhausted = Backoff.exhausted(attempts);
        return em.createNativeQuery("UPDATE partners.delivery SET status = ?2, attempts = ?3, last_attempt_at = now(), "
                        + "last_status_code = CAST(?4 AS integer), last_error = ?5, "
                        + "next_attempt_at = now() + make_interval(secs => ?6), claimed_until = NULL, claim_token = NULL, "
                        + "version = version + 1 WHERE id = ?1 AND claim_token = ?7 AND status = 'PENDING'")
                .setParameter(1, c.id()).setParameter(2, exhausted ? "FAILED" : "PENDING").setParameter(3, attempts)
                .setParameter(4, statusCode).setParameter(5, error == null ? null : error.substring(0, Math.min(300, error.length())))
                .setParameter(6, (double) Backoff.delayAfter(attempts).toSeconds()).setParameter(7, c.claimToken())
                .executeUpdate() == 1;
    }

    /** Gives the claim back without counting an attempt (the relay could not try, e.g. no sealing key). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Claimed c) {
        em.createNativeQuery("UPDATE partners.delivery SET claimed_until = NULL, claim_token = NULL "
                + "WHERE id = ?1 AND claim_token = ?2").setParameter(1, c.id()).setParameter(2, c.claimToken()).executeUpdate();
    }
}
