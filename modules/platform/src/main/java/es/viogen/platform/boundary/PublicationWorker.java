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
 * and the row's completion commit together, so a completed publication never runs again.
 */
@ApplicationScoped
public class PublicationWorker {

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
        List<Object[]> rows = em.createNativeQuery("SELECT listener_id, CAST(payload AS text) FROM platform.event_publication "
                        + "WHERE id = ?1 AND status = 'PENDING' FOR UPDATE SKIP LOCKED")
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
        em.createNativeQuery("UPDATE platform.event_publication SET status = 'COMPLETED', completed_at = now(), "
                + "attempts = attempts + 1, last_attempt_at = now() WHERE id = ?1").setParameter(1, id).executeUpdate();
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
