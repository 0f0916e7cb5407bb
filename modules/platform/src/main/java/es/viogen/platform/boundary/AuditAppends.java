package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.control.AuditChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The two transaction shapes of an append (a separate bean, so that the interceptors apply). */
@ApplicationScoped
public class AuditAppends {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRED)
    public void inCallersTransaction(Actor actor, AuditAction action, String recordType, String recordId,
                                     String purpose) {
        insert(actor, action, recordType, recordId, purpose);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void inOwnTransaction(Actor actor, AuditAction action, String recordType, String recordId,
                                 String purpose) {
        insert(actor, action, recordType, recordId, purpose);
    }

    private void insert(Actor actor, AuditAction action, String recordType, String recordId, String purpose) {
        Instant at = AuditChain.storable(Instant.now());
        String who = truncate(actor.username(), 80);
        String role = actor.role() == null ? null : actor.role().name();
        String type = truncate(recordType, 60);
        String id = truncate(recordId, 80);
        String p = truncate(purpose, 300);
        String rowHash = AuditChain.contentHash(at, who, role, actor.unitId(), action.name(), type, id, p);
        em.createNativeQuery("INSERT INTO platform.audit_log (at, actor, actor_role, actor_unit, action, "
                        + "record_type, record_id, purpose, row_hash) VALUES (?1, ?2, ?3, CAST(?4 AS bigint), ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(2, who)
                .setParameter(3, role)
                .setParameter(4, actor.unitId())
                .setParameter(5, action.name())
                .setParameter(6, type)
                .setParameter(7, id)
                .setParameter(8, p)
                .setParameter(9, rowHash)
                .executeUpdate();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
