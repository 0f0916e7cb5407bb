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

    /**
     * What a verification found: sealed rows checked along the chain, rows not sealed yet (their content hashes are
     * checked too), and the first row that does not verify (chain order first, then unsealed rows in id order).
     */
    public record Verification(long rowsChecked, long unsealed, Optional<Long> firstBrokenId) {
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

    /**
     * Walks the sealed chain in its order (in pages) and names the first row that does not verify; then checks the
     * content hashes of the rows not sealed yet (committed in the last seconds) and counts them.
     */
    @Transactional
    public Verification verify() {
        scope.requireRole(Role.ADMIN);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        final int page = 5000;
        long after = 0;
        while (true) {
            List<Object[]> rows = rows("seal_seq IS NOT NULL AND seal_seq > ?1 ORDER BY seal_seq", after, page);
            for (Object[] r : rows) {
                verifier.accept(row(r));
                after = ((Number) r[12]).longValue();
            }
            if (rows.size() < page || verifier.firstBroken().isPresent()) {
                break;
            }
        }
        long unsealed = 0;
        Long firstTamperedUnsealed = null;
        after = 0;
        while (true) {
            List<Object[]> rows = rows("seal_seq IS NULL AND id > ?1 ORDER BY id", after, page);
            for (Object[] o : rows) {
                AuditChain.Row r = row(o);
                unsealed++;
                if (firstTamperedUnsealed == null && !r.contentIntact()) {
                    firstTamperedUnsealed = r.id();
                }
                after = r.id();
            }
            if (rows.size() < page) {
                break;
            }
        }
        Optional<Long> broken = verifier.firstBroken().isPresent() ? verifier.firstBroken()
                : Optional.ofNullable(firstTamperedUnsealed);
        Verification result = new Verification(verifier.checked(), unsealed, broken);
        audit.record(AuditAction.VERIFY, "AuditLog", null,
                result.intact() ? "chain intact, " + unsealed + " rows not sealed yet"
                        : "chain broken at row " + result.firstBrokenId().get());
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String where, long after, int page) {
        return em.createNativeQuery("SELECT id, at, actor, actor_role, actor_unit, action, record_type, record_id, "
                        + "purpose, prev_hash, hash, row_hash, seal_seq FROM platform.audit_log WHERE " + where
                        + " LIMIT " + page)
                .setParameter(1, after).getResultList();
    }

    private static AuditChain.Row row(Object[] r) {
        return new AuditChain.Row(((Number) r[0]).longValue(), toInstant(r[1]), (String) r[2], (String) r[3],
                r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], (String) r[10], (String) r[11]);
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
