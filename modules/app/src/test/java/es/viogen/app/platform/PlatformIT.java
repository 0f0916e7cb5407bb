package es.viogen.app.platform;

import es.viogen.app.support.Deployments;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.Units;
import es.viogen.platform.boundary.AuditSealer;
import es.viogen.platform.control.AuditChain;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In-container (Payara Micro) checks of the platform's persistence, transactions and startup over PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.wholeApplication();
    }

    @Inject
    AlertInbox alerts;

    @Inject
    AuditLog audit;

    @Inject
    Units units;

    @Inject
    es.viogen.platform.boundary.AlertEscalation escalation;

    @Inject
    AuditSealer sealer;

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:app/jdbc/viogen");
    }

    private static long count(String sql, String param) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void startupMigratedTheSchemaAndCreatedTheDemoUnits() {
        assertTrue(units.findByCode("UFAM-VA").isPresent());
        assertEquals("47", units.findByCode("UFAM-VA").orElseThrow().territory().provinceCode());
        assertTrue(units.findByCode("PL-47075").isPresent(), "Íscar's local police");
    }

    @Test
    void anAlertIsRaisedExactlyOnceWhenManyRaiseItAtOnce() throws Exception {
        long unit = units.findByCode("UFAM-VA").orElseThrow().id();
        String key = "TEST:" + UUID.randomUUID();
        ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return alerts.raise(new AlertRequest(unit, null, "TEST", AlertSeverity.INFO, "Case", "1", "/home.xhtml",
                        "alert.type.TEST", List.of(), key));
            }));
        }
        start.countDown();
        int raised = 0;
        for (Future<Boolean> f : results) {
            if (f.get(60, TimeUnit.SECONDS)) {
                raised++;
            }
        }
        assertEquals(1, raised, "exactly one caller raised it");
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key = ?", key));
    }

    /**
     * Issue 12: a critical alert nobody acknowledges reaches the unit's supervisor after 1 h, then the regional unit
     * after 4 h (the protocol's default schedule), each step exactly once; an acknowledged one goes no further. The
     * clock is driven by passing "now" to the escalation pass.
     */
    @Test
    void anUnacknowledgedCriticalAlertReachesTheSupervisorThenTheRegionalUnitOnce() throws Exception {
        long unit = units.findByCode("UFAM-VA").orElseThrow().id();
        long regional = units.findByCode("UCVM-CYL").orElseThrow().id();
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO platform.user_account (username, full_name, password_hash, role, unit_id) "
                        + "SELECT 'supervisor.valladolid', 'Supervisora UFAM Valladolid', password_hash, 'UNIT_SUPERVISOR', ? "
                        + "FROM platform.user_account WHERE username = 'policia.valladolid' ON CONFLICT (username) DO NOTHING")) {
            ps.setLong(1, unit);
            ps.executeUpdate();
        }
        String key = "TEST-CRITICAL:" + UUID.randomUUID();
        assertTrue(alerts.raise(new AlertRequest(unit, null, "TEST", AlertSeverity.CRITICAL, "Case", "1", "/home.xhtml",
                "alert.type.TEST", List.of(), key)));
        long id = count("SELECT id FROM platform.alert WHERE dedup_key = ?", key);
        String copies = "SELECT COUNT(*) FROM platform.alert WHERE escalation_of = " + id + " AND ";
        java.time.Instant now = java.time.Instant.now();

        escalation.run(now.plusSeconds(59 * 60));
        assertEquals(0, count(copies + "dedup_key <> ?", ""), "nothing before an hour");
        escalation.run(now.plusSeconds(61 * 60));
        assertEquals(1, count(copies + "username = ? AND unit_id = " + unit, "supervisor.valladolid"), "to the supervisor");
        assertEquals(0, count(copies + "unit_id = " + regional + " AND dedup_key <> ?", ""), "not yet to the regional unit");
        escalation.run(now.plusSeconds(62 * 60));
        assertEquals(1, count(copies + "dedup_key <> ?", ""), "the supervisor step happens once");
        escalation.run(now.plusSeconds(4 * 3600 + 60));
        assertEquals(1, count(copies + "username IS NULL AND unit_id = " + regional + " AND dedup_key <> ?", ""),
                "then to the regional unit");
        escalation.run(now.plusSeconds(8 * 3600));
        assertEquals(2, count(copies + "dedup_key <> ?", ""), "and no more");
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE id = " + id + " AND escalation_stage = 2 "
                + "AND dedup_key = ?", key));

        // acknowledged (here: the supervisor's copy) -> the escalation stops
        String key2 = "TEST-CRITICAL:" + UUID.randomUUID();
        alerts.raise(new AlertRequest(unit, null, "TEST", AlertSeverity.CRITICAL, "Case", "2", "/home.xhtml",
                "alert.type.TEST", List.of(), key2));
        long id2 = count("SELECT id FROM platform.alert WHERE dedup_key = ?", key2);
        escalation.run(now.plusSeconds(61 * 60));
        try (Connection c = dataSource().getConnection(); var st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE platform.alert SET acknowledged_at = now(), acknowledged_by = "
                    + "'supervisor.valladolid' WHERE escalation_of = " + id2));
        }
        escalation.run(now.plusSeconds(5 * 3600));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE escalation_of = " + id2 + " AND dedup_key <> ?", ""),
                "acknowledged by the supervisor: no regional step");
        // an informative alert is never escalated
        String key3 = "TEST-INFO:" + UUID.randomUUID();
        alerts.raise(new AlertRequest(unit, null, "TEST", AlertSeverity.WARNING, "Case", "3", "/home.xhtml",
                "alert.type.TEST", List.of(), key3));
        escalation.run(now.plusSeconds(5 * 3600));
        assertEquals(0, count("SELECT COUNT(*) FROM platform.alert a JOIN platform.alert o ON o.id = a.escalation_of "
                + "WHERE o.dedup_key = ?", key3));
    }

    @Test
    void anAuditRowSurvivesTheRollbackOfTheWorkItRecords() throws Exception {
        String marker = "rollback-" + UUID.randomUUID();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        audit.record(Actor.SYSTEM, AuditAction.READ, "Case", "42", marker);
        tx.rollback();
        assertEquals(1, count("SELECT COUNT(*) FROM platform.audit_log WHERE purpose = ?", marker));
    }

    @Test
    void aChangeIsAuditedInItsOwnTransactionAndARolledBackChangeLeavesNoRow() throws Exception {
        String marker = "change-" + UUID.randomUUID();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        audit.record(Actor.SYSTEM, AuditAction.UPDATE, "Transfer", "11", marker);
        // the same transaction, the same connection: the row is visible here before the commit
        assertEquals(1, count("SELECT COUNT(*) FROM platform.audit_log WHERE purpose = ?", marker));
        tx.rollback();
        assertEquals(0, count("SELECT COUNT(*) FROM platform.audit_log WHERE purpose = ?", marker),
                "a rolled-back change must leave no audit row");

        tx.begin();
        audit.record(Actor.SYSTEM, AuditAction.UPDATE, "Transfer", "11", marker);
        tx.commit();
        assertEquals(1, count("SELECT COUNT(*) FROM platform.audit_log WHERE purpose = ?", marker));
    }

    @Test
    void concurrentAppendsKeepTheHashChainWhole() throws Exception {
        ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        String marker = "concurrent-" + UUID.randomUUID();
        List<Future<?>> done = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        // two sealers racing each other (two instances): only one works at a time, none links a row twice
        List<Future<?>> sealing = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            sealing.add(pool.submit(() -> {
                while (writing.get()) {
                    sealer.sealPending(50);
                }
                return null;
            }));
        }
        for (int t = 0; t < 8; t++) {
            int writer = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    // reads in their own transaction, changes in the caller's (here: one of their own)
                    audit.record(Actor.SYSTEM, (writer + i) % 2 == 0 ? AuditAction.READ : AuditAction.CREATE, "Case",
                            Integer.toString(i), marker);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        for (Future<?> f : sealing) {
            f.get(60, TimeUnit.SECONDS);
        }
        while (sealer.sealPending(1000) > 0) {
            // drain what the racing sealers left
        }
        assertEquals(200, count("SELECT COUNT(*) FROM platform.audit_log WHERE purpose = ?", marker));
        assertEquals(0, count("SELECT COUNT(*) FROM platform.audit_log WHERE seal_seq IS NULL AND purpose = ?", marker));
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long previousSeq = 0;
        try (Connection c = dataSource().getConnection(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, at, actor, actor_role, actor_unit, action, record_type, record_id, "
                     + "purpose, prev_hash, hash, row_hash, seal_seq FROM platform.audit_log "
                     + "WHERE seal_seq IS NOT NULL ORDER BY seal_seq")) {
            while (rs.next()) {
                long unitValue = rs.getLong(5);
                Long unit = rs.wasNull() ? null : unitValue;
                verifier.accept(new AuditChain.Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), unit, rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
                assertEquals(previousSeq + 1, rs.getLong(13), "the chain has no gap");
                previousSeq = rs.getLong(13);
            }
        }
        assertTrue(verifier.firstBroken().isEmpty(), "chain broken at " + verifier.firstBroken());
        assertTrue(verifier.checked() >= 200);
    }
}
