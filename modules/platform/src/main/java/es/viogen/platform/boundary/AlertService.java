package es.viogen.platform.boundary;

import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.entity.Alert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The alerts inbox. Raising is idempotent on the dedup key ({@code INSERT ... ON CONFLICT DO NOTHING}), so a due item
 * raises one alert however many schedulers, instances or retries see it.
 */
@ApplicationScoped
public class AlertService implements AlertInbox {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentActor current;

    @Override
    @Transactional
    public boolean raise(AlertRequest r) {
        int inserted = em.createNativeQuery("INSERT INTO platform.alert (unit_id, username, type, severity, record_type, "
                        + "record_id, link, message_key, message_args, dedup_key, raised_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, now()) ON CONFLICT (dedup_key) DO NOTHING")
                .setParameter(1, r.unitId())
                .setParameter(2, r.username())
                .setParameter(3, r.type())
                .setParameter(4, r.severity().name())
                .setParameter(5, r.recordType())
                .setParameter(6, r.recordId())
                .setParameter(7, r.link())
                .setParameter(8, r.messageKey())
                .setParameter(9, String.join(Alert.ARG_SEPARATOR, r.messageArgs()))
                .setParameter(10, r.dedupKey())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    @Transactional
    public long unreadCount() {
        Actor a = current.get();
        if (a.unitId() == null) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(x) FROM Alert x WHERE x.unitId = :unit AND x.acknowledgedAt IS NULL "
                        + "AND (x.username IS NULL OR x.username = :user)", Long.class)
                .setParameter("unit", a.unitId()).setParameter("user", a.username()).getSingleResult();
    }

    /** The current person's alerts, newest first; unacknowledged only if {@code openOnly}. */
    @Transactional
    public List<Alert> inbox(boolean openOnly, String type, int first, int max) {
        Actor a = current.get();
        if (a.unitId() == null) {
            return List.of();
        }
        String jpql = "SELECT x FROM Alert x WHERE x.unitId = :unit AND (x.username IS NULL OR x.username = :user)"
                + (openOnly ? " AND x.acknowledgedAt IS NULL" : "")
                + (type != null && !type.isBlank() ? " AND x.type = :type" : "")
                + " ORDER BY x.raisedAt DESC, x.id DESC";
        var q = em.createQuery(jpql, Alert.class).setParameter("unit", a.unitId()).setParameter("user", a.username());
        if (type != null && !type.isBlank()) {
            q.setParameter("type", type);
        }
        return q.setFirstResult(first).setMaxResults(Math.min(max, 500)).getResultList();
    }

    @Transactional
    public long inboxCount(boolean openOnly, String type) {
        Actor a = current.get();
        if (a.unitId() == null) {
            return 0;
        }
        String jpql = "SELECT COUNT(x) FROM Alert x WHERE x.unitId = :unit AND (x.username IS NULL OR x.username = :user)"
                + (openOnly ? " AND x.acknowledgedAt IS NULL" : "")
                + (type != null && !type.isBlank() ? " AND x.type = :type" : "");
        var q = em.createQuery(jpql, Long.class).setParameter("unit", a.unitId()).setParameter("user", a.username());
        if (type != null && !type.isBlank()) {
            q.setParameter("type", type);
        }
        return q.getSingleResult();
    }

    /** The alert types present in the current person's inbox (for the type filter), in no particular order. */
    @Transactional
    public List<String> inboxTypes() {
        Actor a = current.get();
        if (a.unitId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT x.type FROM Alert x WHERE x.unitId = :unit "
                        + "AND (x.username IS NULL OR x.username = :user)", String.class)
                .setParameter("unit", a.unitId()).setParameter("user", a.username()).getResultList();
    }

    /**
     * Marks as read every open alert of the current person's inbox of the given type (all types when blank), except the
     * critical ones: each of those is a safety fact (a breach, a level raised to extremo) that someone must open and
     * acknowledge by itself, and whose escalation must not stop because a list was cleared.
     *
     * @return how many alerts were marked
     */
    @Transactional
    public int acknowledgeAllButCritical(String type) {
        Actor a = current.get();
        if (a.unitId() == null) {
            return 0;
        }
        boolean typed = type != null && !type.isBlank();
        var q = em.createNativeQuery("UPDATE platform.alert SET acknowledged_at = ?1, acknowledged_by = ?2, "
                        + "version = version + 1 WHERE unit_id = ?3 AND (username IS NULL OR username = ?4) "
                        + "AND acknowledged_at IS NULL AND severity <> 'CRITICAL'" + (typed ? " AND type = ?5" : ""))
                .setParameter(1, java.sql.Timestamp.from(Instant.now())).setParameter(2, a.username())
                .setParameter(3, a.unitId()).setParameter(4, a.username());
        if (typed) {
            q.setParameter(5, type);
        }
        return q.executeUpdate();
    }

    /** Alerts raised for the current person since {@code since} (for the live growl). */
    @Transactional
    public List<Alert> raisedSince(Instant since) {
        Actor a = current.get();
        if (a.unitId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT x FROM Alert x WHERE x.unitId = :unit AND (x.username IS NULL OR x.username = :user) "
                        + "AND x.raisedAt > :since AND x.acknowledgedAt IS NULL ORDER BY x.raisedAt", Alert.class)
                .setParameter("unit", a.unitId()).setParameter("user", a.username()).setParameter("since", since)
                .setMaxResults(20).getResultList();
    }

    @Transactional
    public void acknowledge(long alertId) {
        Actor a = current.get();
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null) {
            throw new RecordNotFound("Alert", alertId);
        }
        if (a.unitId() == null || alert.getUnitId() != a.unitId()
                || alert.getUsername() != null && !alert.getUsername().equals(a.username())) {
            throw new AccessDenied();
        }
        Instant now = Instant.now();
        alert.acknowledge(a.username(), now);
        em.flush();
        // an escalated alert and its copies are one fact: whoever acknowledges one stops the escalation of all
        em.createNativeQuery("UPDATE platform.alert SET acknowledged_at = ?1, acknowledged_by = ?2, version = version + 1 "
                        + "WHERE acknowledged_at IS NULL AND (id = (SELECT COALESCE(x.escalation_of, x.id) FROM platform.alert x WHERE x.id = ?3) "
                        + "OR escalation_of = (SELECT COALESCE(x.escalation_of, x.id) FROM platform.alert x WHERE x.id = ?4))")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, a.username())
                .setParameter(3, alertId).setParameter(4, alertId).executeUpdate();
    }

    /** Alerts of any unit by dedup key prefix (for tests and the scheduler's bookkeeping). */
    @Transactional
    public long countByDedupPrefix(String prefix) {
        return em.createQuery("SELECT COUNT(x) FROM Alert x WHERE x.dedupKey LIKE :p", Long.class)
                .setParameter("p", prefix.replace("%", "") + "%").getSingleResult();
    }
}
