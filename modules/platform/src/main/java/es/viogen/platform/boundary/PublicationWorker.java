package es.viogen.platform.boundary;

import es.viogen.platform.control.EventCodec;
import es.viogen.platform.control.PublicationBackoff;
import es.viogen.platform.control.PublicationError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Runs one publication's listener in a transaction of its own. The publication row is locked first
 * ({@code FOR UPDATE SKIP LOCKED}): while one thread or instance runs it, every other skips it; the listener's effect
 * and the row's completion commit together, so a completed publication never runs again. The lock is the claim: it
 * lasts while its owner's transaction does, which PostgreSQL ends when the owner dies (its connection closes) or goes
 * silent for {@value #LISTENER_IDLE_LIMIT} (its link was cut); then the effect rolls back and another instance takes
 * the publication over.
 */
@ApplicationScoped
public class PublicationWorker {

    /**
     * How long a listener's transaction may wait between two statements before PostgreSQL ends it (and releases its
     * publication to another instance). Listeners do only database work, so an alive instance never comes near it.
     */
    static final String LISTENER_IDLE_LIMIT = "15s";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    DurableListeners listeners;

    @Inject
    BeanManager beanManager;

    /**
     * Runs the publication if it is still pending and nobody else holds it. Returns false when there was nothing to
     * do; throws (and rolls back, listener's effect included) when the listener failed.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public boolean run(long id) {
        @SuppressWarnings("unchecked")
        // claimed and completed in one statement, in the listener's transaction: if the listener fails, the rollback
        // leaves the publication pending as it was (the caller then records the failed attempt). The same statement
        // bounds how long this transaction may sit idle: if this instance dies or loses the database in the middle,
        // PostgreSQL ends its session after LISTENER_IDLE_LIMIT, the effect rolls back with the claim, and another
        // instance runs the publication (it can never complete twice: the row is locked until then)
        List<Object[]> rows = em.createNativeQuery("UPDATE platform.event_publication p SET status = 'COMPLETED', "
                        + "completed_at = now(), attempts = p.attempts + 1, last_attempt_at = now() WHERE p.id = (SELECT id "
                        + "FROM platform.event_publication WHERE id = ?1 AND status = 'PENDING' FOR UPDATE SKIP LOCKED) "
                        + "RETURNING p.listener_id, CAST(p.payload AS text), "
                        + "set_config('idle_in_transaction_session_timeout', '" + LISTENER_IDLE_LIMIT + "', true)")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        String listenerId = (String) rows.get(0)[0];
        DurableListeners.Listener l = listeners.byId(listenerId).orElseThrow(() -> new PublicationError.Refused(
                PublicationError.UNKNOWN_LISTENER, "no durable listener '" + listenerId + "' in this application", null));
        Object event;
        try {
            event = EventCodec.read((String) rows.get(0)[1], l.eventType());
        } catch (RuntimeException e) {
            throw new PublicationError.Refused(PublicationError.UNREADABLE_EVENT,
                    "publication " + id + " is not a readable " + l.eventType().getSimpleName(), e);
        }
        invoke(l, event);
        return true;
    }

    /** Records a failed attempt and when the relay tries again (or that a non-critical listener was given up). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, PublicationError kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT attempts, critical FROM platform.event_publication "
                + "WHERE id = ?1 AND status = 'PENDING' FOR UPDATE SKIP LOCKED").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return; // completed meanwhile, or being run again elsewhere (that run records its own outcome)
        }
        int attempts = ((Number) rows.get(0)[0]).intValue() + 1;
        boolean critical = (Boolean) rows.get(0)[1];
        boolean givenUp = PublicationBackoff.givenUp(critical, attempts);
        em.createNativeQuery("UPDATE platform.event_publication SET attempts = ?2, last_attempt_at = now(), "
                        + "last_error = ?3, status = ?4, next_attempt_at = now() + make_interval(secs => ?5) WHERE id = ?1")
                .setParameter(1, id).setParameter(2, attempts).setParameter(3, kind.name())
                .setParameter(4, givenUp ? "FAILED" : "PENDING")
                .setParameter(5, (double) PublicationBackoff.delayAfter(attempts).toSeconds())
                .executeUpdate();
    }

    /** Makes an incomplete or failed publication due now; returns 0 if there is none (or it is complete). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int rearm(long id) {
        return em.createNativeQuery("UPDATE platform.event_publication SET status = 'PENDING', next_attempt_at = now() "
                + "WHERE id = ?1 AND status <> 'COMPLETED'").setParameter(1, id).executeUpdate();
    }

    /** Ids of pending publications whose time has come, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM platform.event_publication WHERE status = 'PENDING' "
                + "AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT ?1").setParameter(1, max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private void invoke(DurableListeners.Listener l, Object event) {
        CreationalContext<?> ctx = beanManager.createCreationalContext(l.bean());
        try {
            Object target = beanManager.getReference(l.bean(), l.bean().getBeanClass(), ctx);
            l.method().invoke(target, event);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("listener " + l.id() + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("listener " + l.id() + " is not callable", e);
        } finally {
            ctx.release();
        }
    }
}
