package es.viogen.dataset;

import es.viogen.platform.api.ModuleDescriptor;
import es.viogen.platform.control.SchemaMigrator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The schema as the application makes it: each module's declaration ({@link ModuleDescriptor}, from its
 * {@code @ApplicationModule}) run through the platform's {@link SchemaMigrator} (the same Flyway migrations, history tables and order as at server startup). For the load,
 * the secondary indexes and foreign keys of the bulk tables are taken off and afterwards put back from the exact
 * definitions PostgreSQL reported for them ({@code pg_get_indexdef}, {@code pg_get_constraintdef}); the generator
 * then compares the catalogue with what it saw before and refuses to finish if anything differs.
 */
final class SchemaLoad {

    /** The tables the generator streams in bulk (schema-qualified). */
    static final List<String> BULK = List.of("platform.user_account", "platform.audit_log", "platform.alert",
            "intake.case_file", "intake.victim", "intake.aggressor", "intake.minor", "intake.complaint",
            "intake.incident", "intake.inactivation", "intake.judicial_order_copy", "risk.assessment", "risk.assessment_outcome", "risk.case_risk",
            "risk.case_place",
            "measures.followed_case", "measures.plan_measure", "measures.measure_execution", "measures.judicial_order",
            "measures.raised_alert");

    record Deferred(String kind, String table, String name, String definition) {
    }

    private SchemaLoad() {
    }

    /** The WAR's domain modules (this tool's dependencies), as they declare themselves, in migration order. */
    static List<ModuleDescriptor> modules() {
        ClassLoader loader = SchemaLoad.class.getClassLoader();
        List<ModuleDescriptor> all = new ArrayList<>();
        for (String name : List.of("platform", "municipal", "intake", "risk", "measures", "partners")) {
            all.add(ModuleDescriptor.load("es.viogen." + name, loader)
                    .orElseThrow(() -> new IllegalStateException("module " + name + " is not on the class path")));
        }
        return ModuleDescriptor.inDependencyOrder(all);
    }

    static void migrate(DataSource ds) {
        SchemaMigrator.migrate(ds, modules(), SchemaLoad.class.getClassLoader());
    }

    /** Secondary indexes (not backing a constraint) and foreign keys of the bulk tables, as the catalogue has them. */
    static List<Deferred> deferrable(Connection c) throws SQLException {
        List<Deferred> out = new ArrayList<>();
        String tables = String.join(",", BULK.stream().map(t -> "'" + t + "'").toList());
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT n.nspname || '.' || t.relname, i.relname, "
                    + "pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                    + "JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                    + "WHERE n.nspname || '.' || t.relname IN (" + tables + ") "
                    + "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) "
                    + "ORDER BY 1, 2")) {
                while (rs.next()) {
                    out.add(new Deferred("INDEX", rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT n.nspname || '.' || t.relname, k.conname, "
                    + "pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid "
                    + "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE k.contype = 'f' "
                    + "AND n.nspname || '.' || t.relname IN (" + tables + ") ORDER BY 1, 2")) {
                while (rs.next()) {
                    out.add(new Deferred("FK", rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    static void drop(Connection c, List<Deferred> deferred) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Deferred d : deferred) {
                String schema = d.table().substring(0, d.table().indexOf('.'));
                if (d.kind().equals("FK")) {
                    st.execute("ALTER TABLE " + d.table() + " DROP CONSTRAINT " + quote(d.name()));
                } else {
                    st.execute("DROP INDEX " + schema + "." + quote(d.name()));
                }
            }
        }
    }

    /** Re-creates the indexes (two at a time: two cores) and then the foreign keys, from their recorded definitions. */
    static void restore(DataSource ds, List<Deferred> deferred) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Deferred d : deferred) {
                if (d.kind().equals("INDEX")) {
                    work.add(pool.submit(() -> run(ds, d.definition())));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
            work.clear();
            for (Deferred d : deferred) {
                if (d.kind().equals("FK")) {
                    work.add(pool.submit(() -> run(ds, "ALTER TABLE " + d.table() + " ADD CONSTRAINT " + quote(d.name())
                            + " " + d.definition())));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Void run(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("SET maintenance_work_mem = '512MB'");
            st.execute(sql);
        }
        return null;
    }

    /** Fails unless the catalogue holds exactly the deferred definitions again. */
    static void verifyRestored(Connection c, List<Deferred> before) throws SQLException {
        List<Deferred> now = deferrable(c);
        if (!Objects.equals(now, before)) {
            List<Deferred> missing = new ArrayList<>(before);
            missing.removeAll(now);
            List<Deferred> extra = new ArrayList<>(now);
            extra.removeAll(before);
            throw new IllegalStateException("indexes/constraints differ from the migrations' after the load: missing "
                    + missing + ", unexpected " + extra);
        }
    }

    /**
     * Every sequence of the application's schemas set past the highest id loaded: owned sequences from their column,
     * the others ({@code <table>_seq}, {@code <table>_id_seq}) from the table's {@code id}; the case number and
     * person sequences from what the generator used.
     */
    static List<String> advanceSequences(Connection c, long caseNumbers, long personRefs) throws SQLException {
        List<String> done = new ArrayList<>();
        List<String[]> seqs = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT s.schemaname, s.sequencename,
                       (SELECT tn.nspname || '.' || t.relname || '|' || a.attname FROM pg_depend d
                          JOIN pg_class sc ON sc.oid = d.objid JOIN pg_namespace sn ON sn.oid = sc.relnamespace
                          JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
                          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                         WHERE sn.nspname = s.schemaname AND sc.relname = s.sequencename AND d.deptype IN ('a', 'i')
                         LIMIT 1)
                  FROM pg_sequences s
                 WHERE s.schemaname IN ('platform', 'municipal', 'intake', 'risk', 'measures', 'partners')""")) {
            while (rs.next()) {
                seqs.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] s : seqs) {
                String seq = s[0] + "." + s[1];
                String target = null;
                if (s[1].equals("case_number_seq")) {
                    st.execute("SELECT setval('" + seq + "', " + Math.max(1, caseNumbers) + ", " + (caseNumbers > 0) + ")");
                    done.add(seq + " = " + caseNumbers);
                    continue;
                }
                if (s[1].equals("person_ref_seq")) {
                    st.execute("SELECT setval('" + seq + "', " + Math.max(1, personRefs) + ", " + (personRefs > 0) + ")");
                    done.add(seq + " = " + personRefs);
                    continue;
                }
                if (s[2] != null) {
                    String[] tc = s[2].split("\\|");
                    target = "SELECT MAX(" + quote(tc[1]) + ") FROM " + tc[0];
                } else {
                    String base = s[1].endsWith("_id_seq") ? s[1].substring(0, s[1].length() - 7)
                            : s[1].endsWith("_seq") ? s[1].substring(0, s[1].length() - 4) : null;
                    if (base != null && tableHasId(c, s[0], base)) {
                        target = "SELECT MAX(id) FROM " + s[0] + "." + base;
                    }
                }
                if (target == null) {
                    continue;
                }
                long max;
                try (ResultSet rs = st.executeQuery(target)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                if (max > 0) {
                    try (ResultSet rs = st.executeQuery("SELECT setval('" + seq + "', GREATEST(" + max
                            + ", (SELECT last_value FROM " + seq + ")))")) {
                        rs.next();
                    }
                    done.add(seq + " >= " + max);
                }
            }
        }
        return done;
    }

    private static boolean tableHasId(Connection c, String schema, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM information_schema.columns "
                + "WHERE table_schema = '" + schema + "' AND table_name = '" + table + "' AND column_name = 'id'")) {
            return rs.next();
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
