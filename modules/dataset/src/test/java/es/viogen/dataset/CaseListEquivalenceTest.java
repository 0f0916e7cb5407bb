package es.viogen.dataset;

import es.viogen.intake.api.CaseStatus;
import es.viogen.intake.control.CaseFilter;
import es.viogen.intake.control.CaseListQuery;
import es.viogen.intake.control.CaseRow;
import es.viogen.intake.control.IdentityDocuments;
import es.viogen.intake.control.PageAnchors;
import es.viogen.intake.control.PersonNames;
import es.viogen.launcher.EmbeddedDatabase;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Visibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case list's national-size SQL ({@link CaseListQuery}: keyset pages, capped count, the text search as a union of
 * indexed lookups) returns exactly the rows of the plain query it replaced (OFFSET pages, COUNT(*), the
 * {@code OR c.id IN (... LIKE '%x%')} subqueries), for the same reader and filters, on the generated data (1 000
 * cases). The plain query is written out here as the JPQL of {@code CaseRepository} had it, translated to SQL.
 */
class CaseListEquivalenceTest {

    private static final int PAGE = 7;
    private static final int CAP = 50;

    static EmbeddedDatabase db;
    /** One connection for every statement of the class (thousands of pages). */
    static Connection conn;
    static List<Visibility> readers = new ArrayList<>();
    static List<CaseFilter> filters = new ArrayList<>();

    @BeforeAll
    static void subjects() throws Exception {
        db = SmallDataset.db();
        conn = db.connect();
        try (Statement st = conn.createStatement()) {
            long unit;
            String region;
            String province;
            String municipality;
            try (ResultSet rs = st.executeQuery("SELECT unit_id, region_code, province_code, municipality_code, COUNT(*) "
                    + "FROM intake.case_file GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 LIMIT 1")) {
                rs.next();
                unit = rs.getLong(1);
                region = rs.getString(2);
                province = rs.getString(3);
                municipality = rs.getString(4);
            }
            readers.add(Visibility.unit(unit));
            readers.add(Visibility.territory(Territory.region(region)));
            readers.add(Visibility.territory(Territory.province(region, province)));
            readers.add(Visibility.territory(new Territory(region, province, municipality)));
            readers.add(Visibility.ALL);
            readers.add(Visibility.NONE);

            filters.add(CaseFilter.ANY);
            filters.add(new CaseFilter(CaseStatus.ACTIVE, null, null, null, null));
            filters.add(new CaseFilter(null, RiskLevel.MEDIO, null, null, null));
            filters.add(new CaseFilter(CaseStatus.INACTIVE, RiskLevel.BAJO, null, null, null));
            filters.add(new CaseFilter(null, null, unit, null, null));
            filters.add(new CaseFilter(null, null, null, municipality, null));
            try (ResultSet rs = st.executeQuery("SELECT v.last_name1 || ' ' || COALESCE(v.last_name2, ''), v.document_number, "
                    + "k.atestado_number, c.case_number, a.first_name, a.document_number FROM intake.case_file c "
                    + "JOIN intake.victim v ON v.case_id = c.id JOIN intake.aggressor a ON a.case_id = c.id "
                    + "JOIN intake.complaint k ON k.case_id = c.id WHERE c.region_code = '" + region + "' "
                    + "AND v.document_number IS NOT NULL AND a.document_number IS NOT NULL ORDER BY c.id LIMIT 3")) {
                while (rs.next()) {
                    filters.add(text(rs.getString(1).trim()));                 // a victim's two surnames
                    filters.add(text(rs.getString(1).trim().toUpperCase(Locale.ROOT) + " ")); // as typed, case and spaces
                    filters.add(text(rs.getString(2)));                        // her DNI/NIE
                    filters.add(text(rs.getString(3).toLowerCase(Locale.ROOT))); // the atestado, in lower case
                    filters.add(text(rs.getString(4)));                        // the case number
                    filters.add(text(rs.getString(4).substring(3, 9)));        // part of it (year and first digits)
                    filters.add(text(rs.getString(5)));                        // the aggressor's first name
                    filters.add(text(rs.getString(6)));                        // his document
                }
            }
            filters.add(text("ma"));     // shorter than a trigram: checked case by case
            filters.add(text("Gar"));
            filters.add(text("-"));      // an empty name key: every person's name matches, as in the plain query
            filters.add(text("zzzzqq")); // nothing
            filters.add(text("50%_"));   // LIKE's wildcards are not the reader's
            filters.add(new CaseFilter(CaseStatus.ACTIVE, null, null, null, "a"));
        }
        assertTrue(filters.size() > 25);
    }

    @AfterAll
    static void close() throws SQLException {
        conn.close();
    }

    private static CaseFilter text(String t) {
        return new CaseFilter(null, null, null, null, t);
    }

    @Test
    void keysetPagesStepThroughExactlyThePlainListsRowsInOrder() throws SQLException {
        int compared = 0;
        for (Visibility v : readers) {
            for (CaseFilter f : filters) {
                List<Long> plain = plainIds(f, v, 0, 100_000);
                List<Long> stepped = new ArrayList<>();
                PageAnchors anchors = new PageAnchors();
                for (int first = 0; ; first += PAGE) {
                    PageAnchors.Position at = anchors.position(first);
                    assertEquals(0, at.skip(), "each next page is read after the key of the page before, nothing skipped");
                    assertEquals(first == 0, at.after() == null);
                    List<CaseRow> page = rows(CaseListQuery.page(f, v, at.after(), at.skip(), PAGE));
                    anchors.seen(first, page);
                    page.forEach(r -> stepped.add(r.getId()));
                    if (page.size() < PAGE) {
                        break;
                    }
                }
                assertEquals(plain, stepped, v + " " + f);
                compared += plain.size();
            }
        }
        assertTrue(compared > 5000, "the comparison covered real rows: " + compared);
    }

    @Test
    void jumpsFromTheNearestKnownPageReturnThePlainOffsetPage() throws SQLException {
        Random random = new Random(17);
        for (Visibility v : readers) {
            for (CaseFilter f : filters) {
                List<Long> plain = plainIds(f, v, 0, 100_000);
                PageAnchors anchors = new PageAnchors();
                for (int jump = 0; jump < 6; jump++) {
                    int first = plain.isEmpty() ? 0 : PAGE * random.nextInt(plain.size() / PAGE + 1);
                    PageAnchors.Position at = anchors.position(first);
                    List<CaseRow> page = rows(CaseListQuery.page(f, v, at.after(), at.skip(), PAGE));
                    anchors.seen(first, page);
                    assertEquals(plain.subList(Math.min(first, plain.size()), Math.min(first + PAGE, plain.size())),
                            page.stream().map(CaseRow::getId).toList(), v + " " + f + " page at " + first);
                }
            }
        }
    }

    @Test
    void theCappedCountIsExactUpToTheCapAndSaysMoreBeyond() throws SQLException {
        boolean capped = false;
        boolean exact = false;
        for (Visibility v : readers) {
            for (CaseFilter f : filters) {
                long plain = plainCount(f, v);
                long counted = count(CaseListQuery.count(f, v, CAP));
                assertEquals(Math.min(plain, CAP + 1), counted, v + " " + f);
                capped |= plain > CAP;
                exact |= plain > 0 && plain <= CAP;
            }
        }
        assertTrue(capped && exact, "both sides of the cap were compared");
    }

    @Test
    void eachRowCarriesItsCaseVictimAndAggressorAsThePerRowQueriesRead() throws SQLException {
        List<CaseRow> page = rows(CaseListQuery.page(CaseFilter.ANY, Visibility.ALL, null, 0, 200));
        assertEquals(200, page.size());
        try (PreparedStatement ps = conn.prepareStatement("SELECT c.case_number, c.status, "
                + "c.current_level, c.municipality_code, c.opened_at, c.unit_id, "
                + "(SELECT v.first_name || ' ' || v.last_name1 || COALESCE(' ' || NULLIF(v.last_name2, ''), '') FROM intake.victim v WHERE v.case_id = c.id), "
                + "(SELECT a.first_name || ' ' || a.last_name1 || COALESCE(' ' || NULLIF(a.last_name2, ''), '') FROM intake.aggressor a WHERE a.case_id = c.id) "
                + "FROM intake.case_file c WHERE c.id = ?")) {
            for (CaseRow r : page) {
                ps.setLong(1, r.getId());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(rs.getString(1), r.getCaseNumber());
                    assertEquals(rs.getString(2), r.getStatus().name());
                    assertEquals(rs.getString(3), r.getLevel() == null ? null : r.getLevel().name());
                    assertEquals(rs.getString(4), r.getMunicipalityCode());
                    assertEquals(rs.getTimestamp(5).toInstant(), r.getOpenedAt());
                    assertEquals("unit " + rs.getLong(6), r.getUnitName());
                    assertEquals(rs.getString(7), r.getVictimName());
                    assertEquals(rs.getString(8), r.getAggressorName());
                }
            }
        }
    }

    @Test
    void theTextSearchIsAnsweredByTheIndexesNotByReadingEveryPerson() throws SQLException {
        CaseFilter byName = filters.stream().filter(f -> f.text() != null && f.text().contains(" ")).findFirst().orElseThrow();
        CaseListQuery.Sql sql = CaseListQuery.page(byName, readers.get(1), null, 0, 20);
        String plan = plan(sql, "SET enable_seqscan = off");
        for (String index : new String[]{"victim_name_key_trgm_idx", "aggressor_name_key_trgm_idx", "victim_document_idx",
                "aggressor_document_idx", "complaint_atestado_upper_idx", "case_file_number_trgm_idx"}) {
            assertTrue(plan.contains(index), index + " answers its part of the search:\n" + plan);
        }
        assertFalse(plan.contains("Seq Scan on victim") || plan.contains("Seq Scan on aggressor"), plan);
    }

    // --- the plain query, as CaseRepository's JPQL had it -----------------------------------------------------

    private static String plainWhere(CaseFilter f, Visibility v, List<Object> params) {
        ScopePredicate.Sql scoped = ScopePredicate.sql(v, ScopePredicate.Columns.sql("c"));
        StringBuilder where = new StringBuilder(" WHERE ").append(scoped.text());
        params.addAll(scoped.params());
        if (f.status() != null) {
            where.append(" AND c.status = ?");
            params.add(f.status().name());
        }
        if (f.level() != null) {
            where.append(" AND c.current_level = ?");
            params.add(f.level().name());
        }
        if (f.unitId() != null) {
            where.append(" AND c.unit_id = ?");
            params.add(f.unitId());
        }
        if (f.municipalityCode() != null && !f.municipalityCode().isBlank()) {
            where.append(" AND c.municipality_code = ?");
            params.add(f.municipalityCode().trim());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().trim();
            where.append(" AND (UPPER(c.case_number) LIKE ?"
                    + " OR c.id IN (SELECT v.case_id FROM intake.victim v WHERE v.name_key LIKE ? OR v.document_number = ?)"
                    + " OR c.id IN (SELECT a.case_id FROM intake.aggressor a WHERE a.name_key LIKE ? OR a.document_number = ?)"
                    + " OR c.id IN (SELECT k.case_id FROM intake.complaint k WHERE UPPER(k.atestado_number) = ?))");
            String name = "%" + PersonNames.key(text, null, null).replace("%", "").replace("_", "") + "%";
            String doc = String.valueOf(IdentityDocuments.normalise(text));
            params.add("%" + text.toUpperCase(Locale.ROOT).replace("%", "") + "%");
            params.add(name);
            params.add(doc);
            params.add(name);
            params.add(doc);
            params.add(text.toUpperCase(Locale.ROOT));
        }
        return where.toString();
    }

    private static List<Long> plainIds(CaseFilter f, Visibility v, int first, int max) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT c.id FROM intake.case_file c" + plainWhere(f, v, params)
                + " ORDER BY c.opened_at DESC, c.id DESC OFFSET " + first + " LIMIT " + max;
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(conn, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static long plainCount(CaseFilter f, Visibility v) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM intake.case_file c" + plainWhere(f, v, params);
        try (PreparedStatement ps = prepare(conn, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // --- running the new statements over JDBC ------------------------------------------------------------------

    private static List<CaseRow> rows(CaseListQuery.Sql sql) throws SQLException {
        List<CaseRow> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(conn, sql.text(), sql.params());
             ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(CaseListQuery.row(row, id -> "unit " + id));
            }
        }
        return out;
    }

    private static long count(CaseListQuery.Sql sql) throws SQLException {
        try (PreparedStatement ps = prepare(conn, sql.text(), sql.params());
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String plan(CaseListQuery.Sql sql, String setting) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Statement st = conn.createStatement()) {
            st.execute(setting);
        }
        try (PreparedStatement ps = prepare(conn, "EXPLAIN " + sql.text(), sql.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                b.append(rs.getString(1)).append('\n');
            }
        } finally {
            try (Statement st = conn.createStatement()) {
                st.execute("RESET enable_seqscan");
            }
        }
        return b.toString();
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}
