package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.control.AuditChain;
import es.viogen.platform.entity.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Appends to the audit log in a short transaction of its own. A PostgreSQL advisory lock serialises appenders
 * (across instances too) just long enough to read the last hash and insert the next row.
 */
@ApplicationScoped
public class AuditWriter implements AuditLog {

    /** Advisory lock key of the audit chain ("AUDITLOG" in ASCII). */
    static final long CHAIN_LOCK = 0x41554449544c4f47L;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentActor current;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditAction action, String recordType, String recordId, String purpose) {
        Actor actor;
        try {
            actor = current.get();
        } catch (ContextNotActiveException e) {
            actor = Actor.SYSTEM;
        }
        append(actor, action, recordType, recordId, purpose);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Actor actor, AuditAction action, String recordType, String recordId, String purpose) {
        append(actor, action, recordType, recordId, purpose);
    }

    private void append(Actor actor, AuditAction action, String recordType, String recordId, String purpose) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ")").getSingleResult();
        String prev = (String) em.createNativeQuery("SELECT hash FROM platform.audit_log ORDER BY id DESC LIMIT 1")
                .getResultStream().findFirst().orElse(AuditChain.GENESIS);
        long id = ((Number) em.createNativeQuery("SELECT nextval('platform.audit_log_seq')").getSingleResult()).longValue();
        Instant at = AuditChain.storable(Instant.now());
        String role = actor.role() == null ? null : actor.role().name();
        String p = truncate(purpose, 300);
        String hash = AuditChain.hash(prev, id, at, actor.username(), role, actor.unitId(), action.name(), recordType,
                recordId, p);
        em.persist(new AuditRecord(id, at, truncate(actor.username(), 80), role, actor.unitId(), action.name(),
                recordType, truncate(recordId, 80), p, prev, hash));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
