package es.viogen.dataset;

import es.viogen.launcher.EmbeddedDatabase;
import es.viogen.platform.api.DniNie;
import es.viogen.platform.control.AuditChain;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a generated database the way the application would: walks the whole sealed audit chain with the
 * platform's {@link AuditChain.Verifier} (what the administrator's verification runs) and validates every DNI/NIE
 * with the platform's {@link DniNie.Validator}.
 *
 * <p>Run on the national database: {@code java -cp ... es.viogen.dataset.DatasetCheck [data-dir] [port]}.
 */
public final class DatasetCheck {

    record Result(long auditRows, Optional<Long> firstBroken, long unsealed, long documents, long invalidDocuments) {
        boolean ok() {
            return firstBroken.isEmpty() && unsealed == 0 && invalidDocuments == 0 && auditRows > 0 && documents > 0;
        }
    }

    private DatasetCheck() {
    }

    static Result check(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false); // a cursor: rows are fetched in batches, not all at once
        AuditChain.Verifier v = new AuditChain.Verifier();
        try (Statement st = c.createStatement()) {
            st.setFetchSize(20_000);
            try (ResultSet rs = st.executeQuery("SELECT id, at, actor, actor_role, actor_unit, action, record_type, "
                    + "record_id, purpose, prev_hash, hash, row_hash FROM platform.audit_log WHERE seal_seq IS NOT NULL "
                    + "ORDER BY seal_seq")) {
                while (rs.next()) {
                    long unit = rs.getLong(5);
                    Long actorUnit = rs.wasNull() ? null : unit;
                    v.accept(new AuditChain.Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), actorUnit, rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
                }
            }
        }
        long unsealed;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM platform.audit_log WHERE seal_seq IS NULL")) {
            rs.next();
            unsealed = rs.getLong(1);
        }
        long docs = 0;
        long invalid = 0;
        for (String table : new String[]{"intake.victim", "intake.aggressor"}) {
            try (Statement st = c.createStatement()) {
                st.setFetchSize(50_000);
                try (ResultSet rs = st.executeQuery("SELECT document_number FROM " + table
                        + " WHERE document_type IN ('DNI', 'NIE')")) {
                    while (rs.next()) {
                        docs++;
                        if (!DniNie.Validator.isValid(rs.getString(1))) {
                            invalid++;
                        }
                    }
                }
            }
        }
        c.commit();
        c.setAutoCommit(auto);
        return new Result(v.checked(), v.firstBroken(), unsealed, docs, invalid);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".viogen-national").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 54339;
        long t0 = System.nanoTime();
        try (EmbeddedDatabase db = EmbeddedDatabase.persistent(dir.resolve("pg"), port, "viogen", Map.of());
             Connection c = db.connect()) {
            Result r = check(c);
            System.out.printf(Locale.ROOT, "Dataset check: audit chain %,d sealed rows, %s, %d unsealed; %,d DNI/NIE, "
                            + "%d invalid (%.1f s)%n", r.auditRows(),
                    r.firstBroken().map(id -> "FIRST BROKEN ROW " + id).orElse("intact"), r.unsealed(), r.documents(),
                    r.invalidDocuments(), NationalDataset.secs(t0));
            System.exit(r.ok() ? 0 : 1);
        }
    }
}
