package es.viogen.dataset;

import es.viogen.launcher.EmbeddedDatabase;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.risk.control.ModelMonitoringQueries;
import es.viogen.risk.control.OutcomeKind;
import es.viogen.risk.control.OutcomeModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long the model monitoring takes at national volume (issue 14): a throw-away PostgreSQL with the application's
 * migrations, {@code N} (default 8 000 000) submitted assessments of ONE instrument version (the worst case: the
 * national 8 M spread over six versions), each case's place, and outcomes drawn in SQL from the version's declared
 * logistic model; then the monitoring's own statements ({@link ModelMonitoringQueries}), national and for one region.
 * <p>Run: {@code java -cp "modules/dataset/target/classes:modules/dataset/target/lib/*" es.viogen.dataset.MonitoringBenchmark [N]}
 */
public final class MonitoringBenchmark {

    private MonitoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 8_000_000L;
        OutcomeModel model = OutcomeModel.of("VPER-P", "4.1-VG1").orElseThrow();
        try (EmbeddedDatabase db = EmbeddedDatabase.ephemeral("viogen", Map.of("shared_buffers", "512MB",
                "work_mem", "64MB", "max_wal_size", "8GB", "maintenance_work_mem", "512MB"))) {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setUrl(db.jdbcUrl());
            ds.setUser(EmbeddedDatabase.USER);
            ds.setPassword(EmbeddedDatabase.PASSWORD);
            SchemaLoad.migrate(ds);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                long t0 = System.nanoTime();
                st.execute("SET synchronous_commit = off");
                // four answer sheets of the 13 periodic indicators, one or two "No se sabe" in three of them
                String[] sheets = new String[4];
                for (int k = 0; k < 4; k++) {
                    StringBuilder b = new StringBuilder("{");
                    for (int i = 1; i <= 13; i++) {
                        String v = (i == 3 && k > 0) || (i == 9 && k == 2) ? "NO_SE_SABE" : (i + k) % 4 == 0 ? "SI" : "NO";
                        b.append(i > 1 ? "," : "").append(String.format(Locale.ROOT, "\"P%02d\":\"%s\"", i, v));
                    }
                    sheets[k] = b.append('}').toString();
                }
                st.execute("INSERT INTO risk.assessment (id, case_id, unit_id, kind, status, trigger_kind, due_at, created_at, "
                        + "instrument_code, instrument_version, answers, score, max_score, score_level, red_flag_minimum, "
                        + "computed_level, officer_level, override_reason, final_level, assessed_at) "
                        + "SELECT g, g / 8 + 1, 1 + g % 2000, 'VPER_PERIODIC', 'SUBMITTED', 'FOLLOW_UP', t, t, 'VPER-P', '4.1-VG1', "
                        + "(ARRAY['" + String.join("','", sheets) + "'])[1 + g % 4], s, 40, lv, NULL, lv, "
                        + "CASE WHEN g % 50 = 0 THEN 'ALTO' END, CASE WHEN g % 50 = 0 THEN 'motivo' END, "
                        + "CASE WHEN g % 50 = 0 THEN 'ALTO' ELSE lv END, t FROM ("
                        + "SELECT g, t, s, CASE WHEN s >= 26 THEN 'EXTREMO' WHEN s >= 16 THEN 'ALTO' WHEN s >= 8 THEN 'MEDIO' "
                        + "WHEN s >= 2 THEN 'BAJO' ELSE 'NO_APRECIADO' END AS lv FROM ("
                        + "SELECT g, now() - random() * interval '6700 days' AS t, "
                        + "least(40, floor(-ln(1 - random()) * 5))::int AS s FROM generate_series(1, " + n + ") g) a) b");
                st.execute("INSERT INTO risk.case_place (case_id, region_code, province_code, municipality_code) "
                        + "SELECT k, lpad((1 + k % 19)::text, 2, '0'), lpad((1 + k % 52)::text, 2, '0'), NULL "
                        + "FROM generate_series(1, " + (n / 8 + 1) + ") k");
                st.execute("INSERT INTO risk.assessment_outcome (assessment_id, kind, first_at, days_after) "
                        + "SELECT id, 'AGGRESSION', assessed_at + make_interval(secs => d * 86400), floor(d)::int FROM ("
                        + "SELECT id, assessed_at, score, random() AS u, random() * " + model.windowDays() + " AS d "
                        + "FROM risk.assessment) x WHERE u < 1 / (1 + exp(-(" + model.intercept() + " + " + model.slope()
                        + " * score))) AND assessed_at + make_interval(secs => d * 86400) < now()");
                st.execute("ANALYZE");
                System.out.printf(Locale.ROOT, "loaded %,d assessments, %,d outcomes in %.1f s%n", count(st,
                        "SELECT count(*) FROM risk.assessment"), count(st, "SELECT count(*) FROM risk.assessment_outcome"),
                        (System.nanoTime() - t0) / 1e9);
            }
            for (String label : List.of("national", "region 07")) {
                ScopePredicate.Sql scope = label.equals("national") ? new ScopePredicate.Sql("1 = 1", List.of())
                        : new ScopePredicate.Sql("(p.region_code = ?)", List.of("07"));
                for (int run = 1; run <= 2; run++) {
                    try (Connection c = ds.getConnection()) {
                        long t = System.nanoTime();
                        ModelMonitoringQueries.Report r = ModelMonitoringQueries.report((sql, p) -> rows(c, sql, p),
                                new ModelMonitoringQueries.Filter("VPER-P", "4.1-VG1", 90, EnumSet.allOf(OutcomeKind.class),
                                        null, null, null, scope, Instant.now()));
                        System.out.printf(Locale.ROOT, "%s, run %d: %,d submitted, %,d measured, %s outcomes, AUC %.4f, "
                                        + "Brier %.4f (model %.4f): %.1f s%n", label, run, r.assessmentsSubmitted(),
                                r.assessmentsMeasured(), r.outcomesObserved(), r.auc().value(), r.brier(), r.expectedBrier(),
                                (System.nanoTime() - t) / 1e9);
                    }
                }
            }
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Object[]> rows(Connection c, String sql, List<Object> params) {
        long t = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int k = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[k];
                    for (int i = 0; i < k; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
            System.out.printf(Locale.ROOT, "    %.1f s  %s%n", (System.nanoTime() - t) / 1e9,
                    sql.substring(0, Math.min(70, sql.length())));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
