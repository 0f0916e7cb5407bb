package es.viogen.platform.boundary;

import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.control.EventCodec;
import es.viogen.platform.control.PublicationBackoff;
import es.viogen.platform.control.PublicationError;
import es.viogen.platform.control.PublicationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The event publication registry (Spring Modulith's model, {@code platform.event_publication}): stores one
 * publication per durable listener in the publisher's transaction, runs them right after its commit, and lets the
 * relay ({@link PublicationRelay}) and administrators run again what is incomplete.
 */
@ApplicationScoped
public class EventPublications implements DomainEvents {

    private static final Logger LOG = Logger.getLogger(EventPublications.class.getName());

    /** Fired inside the publisher's transaction; observed after its commit to run the publications at once. */
    record Stored(List<Long> ids) {
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    DurableListeners listeners;

    @Inject
    PublicationWorker worker;

    @Inject
    BeanManager beanManager;

    @Inject
    Event<Stored> stored;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Override
    @Transactional
    public void publish(Record event) {
        Objects.requireNonNull(event, "event");
        List<DurableListeners.Listener> targets = listeners.of(event.getClass());
        if (!targets.isEmpty()) {
            String payload = EventCodec.write(event);
            StringBuilder sql = new StringBuilder("INSERT INTO platform.event_publication (listener_id, event_type, "
                    + "payload, critical, next_attempt_at) VALUES ");
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                int p = params.size();
                sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2)
                        .append(", CAST(?").append(p + 3).append(" AS jsonb), ?").append(p + 4)
                        .append(", now() + make_interval(secs => ?").append(p + 5).append("))");
                params.add(targets.get(i).id());
                params.add(event.getClass().getName());
                params.add(payload);
                params.add(targets.get(i).critical());
                params.add((double) PublicationBackoff.FIRST_RELAY_AFTER.toSeconds());
            }
            sql.append(" RETURNING id");
            var q = em.createNativeQuery(sql.toString());
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Number> ids = q.getResultList();
            stored.fire(new Stored(ids.stream().map(Number::longValue).toList()));
        }
        beanManager.getEvent().fire(event);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Stored s) {
        for (long id : s.ids()) {
            deliver(id);
        }
    }

    /**
     * Runs one publication now, unless it is complete or another thread or instance holds it. A failure is recorded
     * on the publication (its kind, the next attempt) and never thrown: the relay tries again.
     */
    public boolean deliver(long id) {
        try {
            return worker.run(id);
        } catch (RuntimeException e) {
            PublicationError kind = PublicationError.of(e);
            LOG.log(Level.WARNING, "Listener of event publication " + id + " failed (" + kind
                    + "); it stays incomplete and is retried", e);
            try {
                worker.failed(id, kind);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Could not record the failure of event publication " + id
                        + "; the relay retries it anyway", again);
            }
            return false;
        }
    }

    /** One relay pass: runs up to {@code max} pending publications whose next attempt is due. Returns how many ran. */
    public int relayDue(int max) {
        int completed = 0;
        for (long id : worker.due(max)) {
            if (deliver(id)) {
                completed++;
            }
        }
        return completed;
    }

    /** Removes completed publications older than {@code days}; incomplete ones are kept whatever their age. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeCompletedOlderThanDays(int days) {
        return em.createNativeQuery("DELETE FROM platform.event_publication WHERE id IN (SELECT id FROM "
                        + "platform.event_publication WHERE status = 'COMPLETED' AND completed_at < now() - make_interval(days => ?1) "
                        + "LIMIT 10000)")
                .setParameter(1, days).executeUpdate();
    }

    /** Incomplete and failed publications, newest first (administrators). */
    @Transactional
    public List<PublicationView> open(int first, int max) {
        scope.requireRole(Role.ADMIN);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, listener_id, event_type, published_at, critical, status, "
                        + "attempts, next_attempt_at, last_attempt_at, last_error FROM platform.event_publication "
                        + "WHERE status <> 'COMPLETED' ORDER BY published_at DESC, id DESC OFFSET ?1 LIMIT ?2")
                .setParameter(1, Math.max(0, first)).setParameter(2, Math.max(1, Math.min(max, 500))).getResultList();
        return rows.stream().map(r -> new PublicationView(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                instant(r[3]), (Boolean) r[4], (String) r[5], ((Number) r[6]).intValue(), instant(r[7]), instant(r[8]),
                (String) r[9])).toList();
    }

    @Transactional
    public long openCount() {
        scope.requireRole(Role.ADMIN);
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM platform.event_publication WHERE status <> 'COMPLETED'")
                .getSingleResult()).longValue();
    }

    /** An administrator runs an incomplete or failed publication again now; audited. Returns whether it completed. */
    public boolean replay(long id) {
        scope.requireRole(Role.ADMIN);
        if (worker.rearm(id) == 0) {
            throw new RecordNotFound("EventPublication", String.valueOf(id));
        }
        audit.record(AuditAction.UPDATE, "EventPublication", String.valueOf(id), "replay of an event publication");
        return deliver(id);
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }
}
