package es.viogen.platform.boundary;

import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.control.AuditChain;
import es.viogen.platform.entity.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;

/** Searching the audit log (admins, regional units) and verifying its hash chain (admins). */
@ApplicationScoped
public class AuditQueries {

    public record Filter(String actor, String action, String recordType, String recordId, Instant from, Instant to) {
    }

    public record Verification(long rowsChecked, Optional<Long> firstBrokenId) {
        public boolean intact() {
            return firstBrokenId.isEmpty();
        }
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Transactional
    public List<AuditRecord> search(Filter f, int first, int max) {
        scope.requireRole(Role.ADMIN, Role.REGIONAL_UNIT);
        TypedQuery<AuditRecord> q = query(f, "SELECT a FROM AuditRecord a", " ORDER BY a.id DESC", AuditRecord.class);
        return q.setFirstResult(first).setMaxResults(Math.min(max, 500)).getResultList();
    }

    @Transactional
    public long count(Filter f) {
        scope.requireRole(Role.ADMIN, Role.REGIONAL_UNIT);
        return query(f, "SELECT COUNT(a) FROM AuditRecord a", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            where.append(" AND a.actor = :actor");
            params.put("actor", f.actor().trim());
        }
        if (f.action() != null && !f.action().isBlank()) {
            where.append(" AND a.action = :action");
            params.put("action", f.action());
        }
        if (f.recordType() != null && !f.recordType().isBlank()) {
            where.append(" AND a.recordType = :rt");
            params.put("rt", f.recordType().trim());
        }
        if (f.recordId() != null && !f.recordId().isBlank()) {
            where.append(" AND a.recordId = :rid");
            params.put("rid", f.recordId().trim());
        }
        if (f.from() != null) {
            where.append(" AND a.at >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND a.at < :to");
            params.put("to", f.to());
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type);
        params.forEach(q::setParameter);
        return q;
    }

    /** Walks the whole chain in id order (in pages) and names the first row that does not verify. */
    @Transactional
    public Verification verify() {
        scope.requireRole(Role.ADMIN);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        final int page = 5000;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, at, actor, actor_role, actor_unit, action, record_type, "
                            + "record_id, purpose, prev_hash, hash FROM platform.audit_log WHERE id > ?1 ORDER BY id LIMIT " + page)
                    .setParameter(1, after).getResultList();
            for (Object[] r : rows) {
                verifier.accept(new AuditChain.Row(((Number) r[0]).longValue(), toInstant(r[1]), (String) r[2],
                        (String) r[3], r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5], (String) r[6],
                        (String) r[7], (String) r[8], (String) r[9], (String) r[10]));
                after = ((Number) r[0]).longValue();
            }
            if (rows.size() < page || verifier.firstBroken().isPresent()) {
                break;
            }
        }
        Verification result = new Verification(verifier.checked(), verifier.firstBroken());
        audit.record(AuditAction.VERIFY, "AuditLog", null,
                result.intact() ? "chain intact" : "chain broken at row " + result.firstBrokenId().get());
        return result;
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + o.getClass());
    }

    /** Distinct actions for the search form. */
    public List<String> actions() {
        List<String> all = new ArrayList<>();
        for (AuditAction a : AuditAction.values()) {
            all.add(a.name());
        }
        return all;
    }
}
