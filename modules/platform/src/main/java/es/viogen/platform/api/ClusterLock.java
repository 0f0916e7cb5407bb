package es.viogen.platform.api;

import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A lock the whole cluster shares, held until the end of the current transaction (a PostgreSQL transaction-scoped
 * advisory lock), for work one instance at a time must do: loading reference data, creating demo data, a scheduled
 * pass. Named, not numbered: the key is the first 8 bytes of SHA-256 of {@code "viogen:" + name}, so no module picks
 * a number another module also picked; {@code ArchitectureTest.clusterLocksHaveDistinctNamesAndKeys} checks every
 * lock declared as a constant ({@code static final ClusterLock}) for a duplicate name or key.
 * <p>
 * Names: {@code <module>.<what>} (e.g. {@code municipal.registry-load}).
 */
public record ClusterLock(String name, long key) {

    public static ClusterLock named(String name) {
        if (name == null || !name.matches("[a-z]+\\.[a-z0-9.-]+")) {
            throw new IllegalArgumentException("a cluster lock is named <module>.<what>: " + name);
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("viogen:" + name).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (h[i] & 0xFF);
            }
            return new ClusterLock(name, key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until this instance holds the lock; held until the transaction ends. */
    public void hold(EntityManager em) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
    }

    /** Takes the lock if no one holds it (then held until the transaction ends); false if another does. */
    public boolean tryHold(EntityManager em) {
        Object got = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
        return Boolean.TRUE.equals(got);
    }
}
