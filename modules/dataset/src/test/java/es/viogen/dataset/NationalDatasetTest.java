package es.viogen.dataset;

import es.viogen.launcher.EmbeddedDatabase;
import es.viogen.platform.api.DniNie;
import es.viogen.risk.control.AssessmentViews;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator at a small scale (1 000 cases) on a throw-away PostgreSQL: its output loads into the schema the
 * application's migrations make, the indexes and constraints it took off for the load are back exactly, the audit
 * chain verifies with the platform's verifier, every DNI/NIE passes the platform's validator, the stored answers
 * read back with the risk module's reader, and the sequences are past what was loaded.
 */
class NationalDatasetTest {

    static EmbeddedDatabase db;
    static NationalDataset.Report report;

    @BeforeAll
    static void generate() throws Exception {
        db = SmallDataset.db();
        report = SmallDataset.report();
    }

    @Test
    void loadsTheVolumesAskedFor() throws SQLException {
        assertEquals(1000L, count("SELECT COUNT(*) FROM intake.case_file"));
        assertEquals(1000L, count("SELECT COUNT(*) FROM intake.victim"));
        assertEquals(8132L, count("SELECT COUNT(*) FROM municipal.municipality"));
        assertEquals(0L, count("SELECT COUNT(*) FROM intake.case_file c LEFT JOIN risk.case_place p ON p.case_id = c.id "
                + "WHERE p.region_code IS DISTINCT FROM c.region_code"), "risk knows every case's place");
        long active = count("SELECT COUNT(*) FROM intake.case_file WHERE status = 'ACTIVE'");
        assertTrue(active > 60 && active < 140, "about 100 active cases, got " + active);
        assertEquals(active, count("SELECT COUNT(*) FROM measures.followed_case WHERE next_check_at IS NOT NULL"));
        assertEquals(active, count("SELECT COUNT(*) FROM risk.assessment WHERE status = 'PENDING'"));
        long assessments = count("SELECT COUNT(*) FROM risk.assessment");
        assertTrue(assessments > 6000 && assessments < 10_000, "about 8 assessments per case, got " + assessments);
        // every case's level is the one of its last submitted assessment
        assertEquals(0L, count("SELECT COUNT(*) FROM intake.case_file c JOIN risk.case_risk r ON r.case_id = c.id "
                + "WHERE r.level <> c.current_level"));
    }

    @Test
    void theAuditChainVerifiesAndEveryDocumentIsValid() throws SQLException {
        try (Connection c = db.connect()) {
            DatasetCheck.Result r = DatasetCheck.check(c);
            assertTrue(r.firstBroken().isEmpty(), "chain broken at " + r.firstBroken());
            assertEquals(0, r.unsealed());
            assertTrue(r.auditRows() > 15_000, "about 20 audit rows per case, got " + r.auditRows());
            assertTrue(r.documents() > 1500);
            assertEquals(0, r.invalidDocuments());
        }
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT document_number FROM intake.victim WHERE document_type = 'DNI' LIMIT 1")) {
            assertTrue(rs.next());
            String dni = rs.getString(1);
            String wrong = dni.substring(0, 8) + (dni.charAt(8) == 'T' ? 'R' : 'T');
            assertFalse(DniNie.Validator.isValid(wrong), "the validator refuses a wrong letter, so the check means something");
        }
    }

    @Test
    void storedAnswersReadBackWithTheRiskModulesReader() throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT answers FROM risk.assessment WHERE status = 'SUBMITTED' LIMIT 50")) {
            int n = 0;
            while (rs.next()) {
                assertFalse(AssessmentViews.readAnswers(rs.getString(1)).isEmpty());
                n++;
            }
            assertEquals(50, n);
        }
    }

    @Test
    void migrationsAreUntouchedAndSequencesArePastTheLoadedIds() throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(EmbeddedDatabase.USER);
        ds.setPassword(EmbeddedDatabase.PASSWORD);
        SchemaLoad.migrate(ds); // validates every applied migration's checksum; nothing left to apply
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertTrue(count("SELECT nextval('intake.case_file_id_seq')") > 1000);
            assertTrue(count("SELECT nextval('platform.audit_log_seq')") > count("SELECT MAX(id) FROM platform.audit_log"));
            assertTrue(count("SELECT nextval('risk.assessment_id_seq')") > count("SELECT MAX(id) FROM risk.assessment"));
            assertTrue(count("SELECT nextval('intake.case_number_seq')") > 1000);
            assertTrue(count("SELECT nextval('platform.user_account_id_seq')") > count("SELECT MAX(id) FROM platform.user_account"));
            // a password hash the server's identity store can verify (PBKDF2, the platform's parameters)
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT password_hash FROM platform.user_account")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("PBKDF2WithHmacSHA256:100000:"));
                assertFalse(rs.next(), "one hash for the one demo password");
            }
        }
    }

    @Test
    void theTrigramIndexesReturnTheSameRowsAsThePlainSearch() throws SQLException {
        // the name search of the case list: LIKE '%...%' on the normalised name key (intake's CaseRepository)
        for (String table : new String[]{"intake.victim", "intake.aggressor"}) {
            for (String part : new String[]{"%garcia%", "%mar%", "%ma%", "%rodriguez lopez%", "%zzz%"}) {
                String sql = "SELECT case_id FROM " + table + " WHERE name_key LIKE '" + part + "' ORDER BY case_id";
                java.util.List<Long> plain = ids(sql, "SET enable_indexscan = off; SET enable_bitmapscan = off");
                java.util.List<Long> indexed = ids(sql, TRIGRAM_ONLY);
                assertEquals(plain, indexed, table + " " + part);
                if (part.length() >= 5) { // a trigram needs three characters; shorter patterns may scan
                    assertTrue(plan(sql, TRIGRAM_ONLY).contains("name_key_trgm_idx"),
                            "the trigram index answers " + part);
                }
            }
        }
        // an atestado, matched in upper case
        String atestado = "SELECT case_id FROM intake.complaint WHERE upper(atestado_number) = "
                + "(SELECT upper(atestado_number) FROM intake.complaint ORDER BY id LIMIT 1) ORDER BY case_id";
        assertEquals(ids(atestado, "SET enable_indexscan = off; SET enable_bitmapscan = off"),
                ids(atestado, "SET enable_seqscan = off"));
    }

    /** Only bitmap scans (the only kind a GIN index offers): the index must answer the LIKE itself. */
    private static final String TRIGRAM_ONLY = "SET enable_seqscan = off; SET enable_indexscan = off";

    private static java.util.List<Long> ids(String sql, String settings) throws SQLException {
        java.util.List<Long> out = new java.util.ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : settings.split(";")) {
                st.execute(s);
            }
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String plan(String sql, String settings) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String x : settings.split(";")) {
                st.execute(x);
            }
            try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
                while (rs.next()) {
                    b.append(rs.getString(1)).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
