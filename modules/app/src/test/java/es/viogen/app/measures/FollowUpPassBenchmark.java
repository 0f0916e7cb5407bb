package es.viogen.app.measures;

import es.viogen.app.support.TestEnvironment;
import es.viogen.measures.control.CatalogueFile;
import es.viogen.measures.control.DuePass;
import es.viogen.measures.control.DueSql;
import es.viogen.measures.control.DueStage;
import es.viogen.measures.control.FollowUpAlert;
import es.viogen.measures.control.Protocol;
import es.viogen.measures.control.ProtocolDefinition;
import es.viogen.platform.api.ModuleDescriptor;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Territory;
import es.viogen.platform.control.SchemaMigrator;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How long one follow-up scheduler pass takes over 100 000 active cases, against a real PostgreSQL: the module's
 * migrations, the loaded catalogue, 100 000 followed cases (mixed levels, assessed at random moments within their
 * period) with their plans (about 1.3 million plan measures), bulk-inserted with generate_series. The pass is the
 * production {@link DuePass} with the production SQL ({@link DueSql}) over JDBC, batches of 500 per transaction,
 * raising alerts with the same INSERT ... ON CONFLICT DO NOTHING the platform's inbox runs.
 *
 * <p>Not part of the normal test run (its name matches neither surefire's nor failsafe's patterns). Run:
 * <pre>./mvnw -B -o verify -pl modules/app -am -DskipITs -Dtest=FollowUpPassBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The figures are printed as lines starting with {@code [benchmark]}.
 */
class FollowUpPassBenchmark {

    /** The same statement the platform's alert inbox runs (used by the benchmark to stand in for it). */
    public static final String RAISE_ALERT = "INSERT INTO platform.alert (unit_id, username, type, severity, record_type, "
            + "record_id, link, message_key, message_args, dedup_key, raised_at) "
            + "VALUES (?, NULL, ?, ?, 'Case', ?, ?, ?, ?, ?, now()) ON CONFLICT (dedup_key) DO NOTHING";


    private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    private static final long REGIONAL_UNIT = 999;

    public static void main(String[] args) throws Exception {
        new FollowUpPassBenchmark().onePassOverOneHundredThousandActiveCases();
        System.exit(0);
    }

    @Test
    void onePassOverOneHundredThousandActiveCases() throws Exception {
        TestEnvironment env = TestEnvironment.database();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(env.jdbcUrl());
        ds.setUser("postgres");
        ds.setPassword("postgres");
        SchemaMigrator.migrate(ds, List.of(new ModuleDescriptor("platform", "platform", List.of()),
                new ModuleDescriptor("measures", "measures", List.of("platform"))), getClass().getClassLoader());

        try (Connection c = ds.getConnection()) {
            Protocol protocol = install(c);
            long t0 = System.nanoTime();
            arrange(c, protocol);
            System.out.printf("[benchmark] arranged %d active cases and %d plan measures in %.1f s%n", CASES,
                    count(c, "SELECT COUNT(*) FROM measures.plan_measure"), secs(t0));

            // 1. steady state: the pass a minute after the previous one (items that fell due in that minute)
            Instant now = Instant.now();
            Result warm = pass(c, protocol, now);            // items already due at arrangement time (none or few)
            Result steady = pass(c, protocol, now.plus(Duration.ofMinutes(1)));
            System.out.printf("[benchmark] steady-state pass (one minute of due items): %d re-assessments, %d measures, "
                    + "%d alerts in %d ms (first pass: %d items in %d ms)%n", steady.cases, steady.measures, steady.alerts,
                    steady.millis, warm.cases + warm.measures, warm.millis);
            Result idle = pass(c, protocol, now.plus(Duration.ofMinutes(1)));
            System.out.printf("[benchmark] pass with nothing due over %d cases: %d ms%n", CASES, idle.millis);
            explain(c, DueSql.CLAIM_CASES, now.plus(Duration.ofMinutes(2)));

            // 2. a day of downtime: everything that fell due in 24 hours at once
            Result day = pass(c, protocol, now.plus(Duration.ofDays(1)));
            System.out.printf("[benchmark] catch-up pass after 24 h down: %d re-assessments, %d measures, %d alerts in %d ms%n",
                    day.cases, day.measures, day.alerts, day.millis);

            // 3. worst case: every one of the 100 000 re-assessments overdue past its grace at once
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE measures.followed_case SET reassessment_due = now() - interval '10 days', "
                        + "reassessment_stage = 'NONE', next_check_at = now() - interval '10 days'");
                st.executeUpdate("UPDATE measures.plan_measure SET next_check_at = NULL");
            }
            Result worst = pass(c, protocol, Instant.now());
            System.out.printf("[benchmark] worst case, all %d re-assessments overdue and escalating: %d alerts in %d ms%n",
                    worst.cases, worst.alerts, worst.millis);
            assertEquals(CASES, worst.cases);
            assertEquals(2L * CASES, worst.alerts, "overdue + escalated, once each");
            assertEquals(0, pass(c, protocol, Instant.now()).alerts, "nothing twice");
        }
    }

    private record Result(int cases, int measures, int alerts, long millis) {
    }

    private static Result pass(Connection c, Protocol protocol, Instant now) throws SQLException {
        c.setAutoCommit(false);
        JdbcStore store = new JdbcStore(c);
        DuePass pass = new DuePass(store, store, id -> protocol, t -> Optional.of(REGIONAL_UNIT), code -> code);
        long t0 = System.nanoTime();
        int cases = 0;
        int measures = 0;
        int alerts = 0;
        DuePass.Outcome o;
        do {
            o = pass.reassessments(now, 500, protocol.id());
            c.commit();
            cases += o.claimed();
            alerts += o.raised();
        } while (o.claimed() == 500);
        do {
            o = pass.measures(now, 500, protocol.id());
            c.commit();
            measures += o.claimed();
            alerts += o.raised();
        } while (o.claimed() == 500);
        int orders;
        do {
            orders = pass.expiringOrders(LocalDate.ofInstant(now, DuePass.MADRID), protocol.orderNoticeDays(), 500).size();
            c.commit();
        } while (orders == 500);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        c.setAutoCommit(true);
        return new Result(cases, measures, alerts, ms);
    }

    private static void explain(Connection c, String sql, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setInt(2, 500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.println("[benchmark]   " + rs.getString(1));
                }
            }
        }
    }

    private static Protocol install(Connection c) throws SQLException {
        ProtocolDefinition d = CatalogueFile.loadAll(FollowUpPassBenchmark.class.getClassLoader()).get(0);
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO measures.protocol_version (code, title, effective_from, "
                + "due_soon_hours, order_notice_days) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, d.code());
            ps.setString(2, d.title());
            ps.setDate(3, Date.valueOf(d.effectiveFrom()));
            ps.setInt(4, d.dueSoonHours());
            ps.setInt(5, d.orderNoticeDays());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        for (var e : d.reassessment().entrySet()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO measures.reassessment_policy VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, e.getKey().name());
                ps.setInt(3, (int) e.getValue().maxInterval().toMinutes());
                ps.setInt(4, (int) e.getValue().grace().toMinutes());
                ps.executeUpdate();
            }
        }
        List<Protocol.Item> items = new ArrayList<>();
        int pos = 0;
        for (ProtocolDefinition.MeasureDefinition m : d.measures()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO measures.catalogue_measure (protocol_id, code, "
                    + "min_level, kind, frequency_hours, name_key, name, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, id);
                ps.setString(2, m.code());
                ps.setString(3, m.minLevel().name());
                ps.setString(4, m.kind().name());
                ps.setObject(5, m.frequencyHours(), java.sql.Types.INTEGER);
                ps.setString(6, m.nameKey());
                ps.setString(7, m.name());
                ps.setInt(8, pos++);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    items.add(new Protocol.Item(rs.getLong(1), m));
                }
            }
        }
        return new Protocol(id, d.code(), Duration.ofHours(d.dueSoonHours()), d.orderNoticeDays(), d.reassessment(),
                items, List.of());
    }

    /** 100 000 active cases over 50 units: 15 % no apreciado, 40 % bajo, 30 % medio, 10 % alto, 5 % extremo. */
    private static void arrange(Connection c, Protocol p) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO measures.followed_case (case_id, case_number, unit_id, region_code, province_code,
                        municipality_code, status, level, protocol_id, last_assessment_id, last_assessed_at,
                        reassessment_due, reassessment_reason, reassessment_stage, next_check_at, opened_at)
                    SELECT g, 'B-' || g, 1 + g %% 50, '07', '47', '47186', 'ACTIVE', l.level, %d, g, a.at,
                           a.at + l.period, 'PERIODIC', 'NONE',
                           a.at + l.period - LEAST(interval '24 hours', l.period / 2), a.at - interval '30 days'
                      FROM generate_series(1, %d) g
                      CROSS JOIN LATERAL (SELECT CASE WHEN g %% 20 < 3 THEN 'NO_APRECIADO' WHEN g %% 20 < 11 THEN 'BAJO'
                                                      WHEN g %% 20 < 17 THEN 'MEDIO' WHEN g %% 20 < 19 THEN 'ALTO'
                                                      ELSE 'EXTREMO' END AS lv) x
                      JOIN (SELECT level, make_interval(mins => max_interval_minutes) AS period
                              FROM measures.reassessment_policy WHERE protocol_id = %d) l ON l.level = x.lv
                      CROSS JOIN LATERAL (SELECT now() - random() * l.period AS at) a
                    """.formatted(p.id(), CASES, p.id()));
            st.executeUpdate("""
                    INSERT INTO measures.plan_measure (case_id, catalogue_id, code, kind, frequency_hours, added_at,
                        added_for_level, next_due_at, stage, next_check_at)
                    SELECT c.case_id, m.id, m.code, m.kind, m.frequency_hours, c.last_assessed_at, c.level,
                           c.last_assessed_at + make_interval(hours => m.frequency_hours), 'NONE',
                           c.last_assessed_at + make_interval(hours => m.frequency_hours)
                             - CASE WHEN m.frequency_hours >= 72 THEN interval '24 hours' ELSE interval '0' END
                      FROM measures.followed_case c
                      JOIN measures.catalogue_measure m ON m.protocol_id = c.protocol_id
                       AND array_position(ARRAY['NO_APRECIADO','BAJO','MEDIO','ALTO','EXTREMO'], m.min_level::text)
                        <= array_position(ARRAY['NO_APRECIADO','BAJO','MEDIO','ALTO','EXTREMO'], c.level::text)
                    """);
            st.execute("ANALYZE measures.followed_case");
            st.execute("ANALYZE measures.plan_measure");
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The scheduler's store and alert sink over one JDBC connection, with the production statements. */
    private static final class JdbcStore implements DuePass.Store, DuePass.Alerts {
        private final Connection c;

        JdbcStore(Connection c) {
            this.c = c;
        }

        @Override
        public List<DuePass.CaseDue> claimCases(Instant now, int limit) {
            List<DuePass.CaseDue> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(DueSql.CLAIM_CASES)) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long protocol = rs.getLong(8);
                        out.add(new DuePass.CaseDue(rs.getLong(1), rs.getString(2), rs.getLong(3),
                                new Territory(rs.getString(4), rs.getString(5), rs.getString(6)),
                                rs.getString(7) == null ? null : RiskLevel.valueOf(rs.getString(7)),
                                rs.wasNull() ? null : protocol, rs.getTimestamp(9).toInstant(),
                                DueStage.valueOf(rs.getString(10))));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }

        @Override
        public void caseReached(long caseId, DueStage stage, Instant nextCheck) {
            update(DueSql.CASE_REACHED, stage, nextCheck, caseId);
        }

        @Override
        public List<DuePass.MeasureDue> claimMeasures(Instant now, int limit) {
            List<DuePass.MeasureDue> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(DueSql.CLAIM_MEASURES)) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int freq = rs.getInt(4);
                        Integer frequency = rs.wasNull() ? null : freq;
                        out.add(new DuePass.MeasureDue(rs.getLong(1), rs.getLong(2), rs.getString(3), frequency,
                                rs.getTimestamp(5).toInstant(), DueStage.valueOf(rs.getString(6)), rs.getString(7),
                                rs.getLong(8), new Territory(rs.getString(9), rs.getString(10), rs.getString(11)),
                                RiskLevel.valueOf(rs.getString(12)), rs.getLong(13)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }

        @Override
        public void measureReached(long planMeasureId, DueStage stage, Instant nextCheck) {
            update(DueSql.MEASURE_REACHED, stage, nextCheck, planMeasureId);
        }

        @Override
        public List<DuePass.OrderDue> claimOrders(LocalDate endingOnOrBefore, int limit) {
            List<DuePass.OrderDue> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(DueSql.CLAIM_ORDERS)) {
                ps.setDate(1, Date.valueOf(endingOnOrBefore));
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DuePass.OrderDue(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                                rs.getString(4), rs.getLong(5)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }

        @Override
        public void orderNotified(long orderId) {
            try (PreparedStatement ps = c.prepareStatement(DueSql.ORDER_NOTIFIED)) {
                ps.setLong(1, orderId);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void update(String sql, DueStage stage, Instant nextCheck, long id) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, stage.name());
                ps.setTimestamp(2, nextCheck == null ? null : Timestamp.from(nextCheck));
                ps.setLong(3, id);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean raise(FollowUpAlert a) {
            try (PreparedStatement ps = c.prepareStatement(RAISE_ALERT);
                 PreparedStatement rec = c.prepareStatement(DueSql.RECORD_ALERT)) {
                ps.setLong(1, a.unitId());
                ps.setString(2, a.type().name());
                ps.setString(3, a.severity().name());
                ps.setString(4, Long.toString(a.caseId()));
                ps.setString(5, a.link());
                ps.setString(6, a.messageKey());
                ps.setString(7, String.join("\u001f", a.args()));
                ps.setString(8, a.dedupKey());
                int n = ps.executeUpdate();
                rec.setString(1, a.dedupKey());
                rec.setLong(2, a.caseId());
                rec.setLong(3, a.unitId());
                rec.setString(4, a.type().name());
                rec.executeUpdate();
                return n == 1;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
