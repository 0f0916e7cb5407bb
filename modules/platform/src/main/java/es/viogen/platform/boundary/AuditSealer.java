package es.viogen.platform.boundary;

import es.viogen.platform.api.ClusterLock;
import es.viogen.platform.control.AuditChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Links committed, unsealed audit rows into the hash chain, in id order within a pass. One sealer at a time in the
 * whole cluster: a pass holds a transaction-scoped advisory lock that only sealers take (appenders never wait for
 * it); a sealer that finds it taken skips its turn. A row committed late with a smaller id than rows already sealed
 * (a long transaction) is simply sealed in a later pass: the chain order is {@code seal_seq}, not the id.
 */
@ApplicationScoped
public class AuditSealer {

    /** Advisory lock key of the sealer ("AUDSEAL" in ASCII). */
    static final ClusterLock SEALER_LOCK = ClusterLock.named("platform.audit-sealer");

    /** Rows per UPDATE statement. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Seals up to {@code max} rows in one short transaction; returns how many it sealed (0 when there is nothing to
     * seal or another instance is sealing right now).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealPending(int max) {
        if (!SEALER_LOCK.tryHold(em)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery("SELECT seal_seq, hash FROM platform.audit_log "
                + "WHERE seal_seq IS NOT NULL ORDER BY seal_seq DESC LIMIT 1").getResultList();
        long seq = head.isEmpty() ? 0 : ((Number) head.get(0)[0]).longValue();
        String prev = head.isEmpty() ? AuditChain.GENESIS : (String) head.get(0)[1];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, row_hash FROM platform.audit_log "
                + "WHERE seal_seq IS NULL ORDER BY id LIMIT ?1").setParameter(1, max).getResultList();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("UPDATE platform.audit_log a SET seal_seq = v.seq, "
                    + "prev_hash = v.prev, hash = v.hash FROM (VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                int p = i * 4;
                sql.append(i == 0 ? "" : ", ").append("(CAST(?").append(p + 1).append(" AS bigint), CAST(?")
                        .append(p + 2).append(" AS bigint), CAST(?").append(p + 3).append(" AS varchar), CAST(?")
                        .append(p + 4).append(" AS varchar))");
            }
            sql.append(") AS v(id, seq, prev, hash) WHERE a.id = v.id");
            Query update = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                long id = ((Number) chunk.get(i)[0]).longValue();
                String hash = AuditChain.link(prev, id, (String) chunk.get(i)[1]);
                int p = i * 4;
                update.setParameter(p + 1, id).setParameter(p + 2, ++seq).setParameter(p + 3, prev)
                        .setParameter(p + 4, hash);
                prev = hash;
            }
            update.executeUpdate();
        }
        return rows.size();
    }
}
