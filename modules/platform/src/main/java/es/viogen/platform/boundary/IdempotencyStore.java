package es.viogen.platform.boundary;

import es.viogen.platform.api.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The idempotency keys ({@link IdempotencyKeys}) in {@code platform.idempotency_key}. A claim is one
 * {@code INSERT ... ON CONFLICT}: a new key, or an IN_PROGRESS key whose lease ran out (its request died), is taken;
 * a key being claimed by a transaction still running makes the claim wait for that transaction (at most the lease,
 * then IN_PROGRESS), so two concurrent retries never both run.
 */
@ApplicationScoped
public class IdempotencyStore implements IdempotencyKeys {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "viogen.idempotency.lease-seconds", defaultValue = "30")
    int leaseSeconds;

    @Inject
    IdempotencyStore self;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String client, String key, String requestHash) {
        return claimHere(client, key, requestHash);
    }

    /**
     * Claims a key in the caller's transaction (the REST request's): nothing is committed before the work is, so a
     * request that dies leaves no claim behind. Lock waits in that transaction are bounded by the lease.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claimInCurrentTransaction(String client, String key, String requestHash) {
        em.createNativeQuery("SELECT set_config('lock_timeout', ?1, true)")
                .setParameter(1, leaseSeconds + "s").getSingleResult();
        return claimHere(client, key, requestHash);
    }

    private Claim claimHere(String client, String key, String requestHash) {
        int taken = em.createNativeQuery("INSERT INTO platform.idempotency_key AS k (client, key, request_hash, state, "
                        + "lease_until) VALUES (?1, ?2, ?3, 'IN_PROGRESS', now() + make_interval(secs => ?4)) "
                        + "ON CONFLICT (client, key) DO UPDATE SET lease_until = EXCLUDED.lease_until, created_at = now() "
                        + "WHERE k.state = 'IN_PROGRESS' AND k.lease_until < now() AND k.request_hash = EXCLUDED.request_hash")
                .setParameter(1, client).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, leaseSeconds).executeUpdate();
        if (taken == 1) {
            return Claim.of(Outcome.NEW);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, state, response_status, content_type, location, "
                        + "response_body FROM platform.idempotency_key WHERE client = ?1 AND key = ?2")
                .setParameter(1, client).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            // released between our insert attempt and the read: the client may simply retry
            return Claim.of(Outcome.IN_PROGRESS);
        }
        Object[] r = rows.get(0);
        if (!requestHash.equals(r[0])) {
            return Claim.of(Outcome.MISMATCH);
        }
        if (!"COMPLETED".equals(r[1])) {
            return Claim.of(Outcome.IN_PROGRESS);
        }
        return new Claim(Outcome.REPLAY, new Answer(((Number) r[2]).intValue(), (String) r[3], (String) r[4],
                (String) r[5]));
    }

    /** Stores the answer of a claimed key in the caller's transaction (the work's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String client, String key, Answer answer) {
        em.createNativeQuery("UPDATE platform.idempotency_key SET state = 'COMPLETED', response_status = ?3, "
                        + "content_type = ?4, location = ?5, response_body = ?6, completed_at = now() "
                        + "WHERE client = ?1 AND key = ?2")
                .setParameter(1, client).setParameter(2, key).setParameter(3, answer.status())
                .setParameter(4, answer.contentType()).setParameter(5, answer.location())
                .setParameter(6, answer.body()).executeUpdate();
    }

    @Override
    public <R> R completing(String client, String key, Supplier<R> work, Function<R, Answer> answer) {
        try {
            return self.inOneTransaction(client, key, work, answer);
        } catch (RuntimeException e) {
            // through the proxy: a self-call would run the release without its own transaction, and its failure
            // would hide the refusal the caller must see
            try {
                self.release(client, key);
            } catch (RuntimeException releaseFailed) {
                e.addSuppressed(releaseFailed);
            }
            throw e;
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public <R> R inOneTransaction(String client, String key, Supplier<R> work, Function<R, Answer> answer) {
        R result = work.get();
        complete(client, key, answer.apply(result));
        return result;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String client, String key) {
        em.createNativeQuery("DELETE FROM platform.idempotency_key WHERE client = ?1 AND key = ?2 "
                        + "AND state = 'IN_PROGRESS'")
                .setParameter(1, client).setParameter(2, key).executeUpdate();
    }

    /** Keys are kept 7 days: long enough for any client's retry policy. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeOlderThanDays(int days) {
        return em.createNativeQuery("DELETE FROM platform.idempotency_key WHERE created_at < now() - make_interval(days => ?1)")
                .setParameter(1, days).executeUpdate();
    }
}
