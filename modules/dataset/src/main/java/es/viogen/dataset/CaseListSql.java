package es.viogen.dataset;

import es.viogen.intake.control.CaseFilter;
import es.viogen.intake.control.CaseListQuery;
import es.viogen.intake.control.IdentityDocuments;
import es.viogen.intake.control.PersonNames;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Visibility;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The case list's SQL on the national database, the plain statements it replaced beside the new ones: each timed
 * over JDBC (median of 7 after one unmeasured run, ms), and the rows of both compared. Not a test; it prints a table.
 * <p>Run (the national database running on port 54339):
 * {@code java -cp "modules/dataset/target/classes:modules/dataset/target/lib/*" es.viogen.dataset.CaseListSql}
 */
public final class CaseListSql {

    private final Connection db;

    private CaseListSql(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:54339/viogen";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            run(c);
        }
    }

    /** Prints the table. */
    static void run(Connection c) throws SQLException {
        new CaseListSql(c).table();
    }

    private void table() throws SQLException {
        long unit;
        String region;
        String name;
        String document;
        String atestado;
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT u.id, u.region_code FROM intake.case_file c "
                    + "JOIN platform.unit u ON u.id = c.unit_id WHERE c.status = 'ACTIVE' AND u.kind = 'NATIONAL_POLICE' "
                    + "GROUP BY u.id, u.region_code ORDER BY COUNT(*) DESC LIMIT 1")) {
                rs.next();
                unit = rs.getLong(1);
                region = rs.getString(2);
            }
            try (ResultSet rs = st.executeQuery("SELECT v.last_name1 || ' ' || COALESCE(v.last_name2, ''), v.document_number, "
                    + "k.atestado_number FROM intake.case_file c JOIN intake.victim v ON v.case_id = c.id "
                    + "JOIN intake.complaint k ON k.case_id = c.id WHERE c.region_code = '" + region + "' "
                    + "AND v.document_number IS NOT NULL ORDER BY md5(c.id::text) LIMIT 1")) {
                rs.next();
                name = rs.getString(1).trim();
                document = rs.getString(2);
                atestado = rs.getString(3);
            }
        }
        Visibility officer = Visibility.unit(unit);
        Visibility regional = Visibility.territory(Territory.region(region));
        System.out.printf(Locale.ROOT, "Case list SQL, unit %d, region %s; median of 7 ms (JDBC, plain | new); rows equal%n",
                unit, region);
        System.out.printf(Locale.ROOT, "| %-36s | %9s | %9s | %9s | %9s | %s |%n", "list", "page", "count", "page", "count",
                "same rows");
        compare("officer list, page 1", CaseFilter.ANY, officer, 0);
        compare("regional list, page 1", CaseFilter.ANY, regional, 0);
        compare("regional list, page 2 500", CaseFilter.ANY, regional, 2_499 * 20);
        compare("regional, active cases, page 1", new CaseFilter(es.viogen.intake.api.CaseStatus.ACTIVE, null, null, null,
                null), regional, 0);
        compare("regional search by name", text(name), regional, 0);
        compare("regional search by DNI/NIE", text(document), regional, 0);
        compare("regional search by atestado", text(atestado), regional, 0);
    }

    private static CaseFilter text(String t) {
        return new CaseFilter(null, null, null, null, t);
    }

    /** The plain page (OFFSET) and COUNT(*) beside the new page (keyset after the row before) and capped count. */
    private void compare(String what, CaseFilter f, Visibility v, int first) throws SQLException {
        List<Object> p = new ArrayList<>();
        String where = plainWhere(f, v, p);
        String plainPage = "SELECT c.id FROM intake.case_file c" + where + " ORDER BY c.opened_at DESC, c.id DESC OFFSET "
                + first + " LIMIT 20";
        String plainCount = "SELECT COUNT(*) FROM intake.case_file c" + where;
        CaseListQuery.Key after = null;
        if (first > 0) { // the key of the row before the page, as the page before it left it
            try (PreparedStatement ps = prepare("SELECT c.opened_at, c.id FROM intake.case_file c" + where
                    + " ORDER BY c.opened_at DESC, c.id DESC OFFSET " + (first - 1) + " LIMIT 1", p);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                after = new CaseListQuery.Key(rs.getTimestamp(1).toInstant(), rs.getLong(2));
            }
        }
        CaseListQuery.Sql page = CaseListQuery.page(f, v, after, 0, 21);
        CaseListQuery.Sql count = CaseListQuery.count(f, v, CaseListQuery.COUNT_CAP);
        List<Long> oldRows = ids(plainPage, p, 20);
        List<Long> newRows = ids(page.text(), page.params(), 20);
        System.out.printf(Locale.ROOT, "| %-36s | %9.1f | %9.1f | %9.1f | %9.1f | %s |%n", what, time(plainPage, p),
                time(plainCount, p), time(page.text(), page.params()), time(count.text(), count.params()),
                oldRows.equals(newRows) ? "yes (" + newRows.size() + ")" : "NO: " + oldRows + " / " + newRows);
    }

    private double time(String sql, List<Object> params) throws SQLException {
        double[] ms = new double[8];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] measured = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private List<Long> ids(String sql, List<Object> params, int max) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next() && out.size() < max) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object o = params.get(i);
            ps.setObject(i + 1, o instanceof Timestamp t ? t : o);
        }
        return ps;
    }

    /** The plain condition, as {@code CaseRepository}'s JPQL had it before the national-size list (SQL). */
    static String plainWhere(CaseFilter f, Visibility v, List<Object> params) {
        ScopePredicate.Sql scoped = ScopePredicate.sql(v, ScopePredicate.Columns.sql("c"));
        StringBuilder where = new StringBuilder(" WHERE ").append(scoped.text());
        params.addAll(scoped.params());
        if (f.status() != null) {
            where.append(" AND c.status = ?");
            params.add(f.status().name());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().trim();
            where.append(" AND (UPPER(c.case_number) LIKE ?"
                    + " OR c.id IN (SELECT v.case_id FROM intake.victim v WHERE v.name_key LIKE ? OR v.document_number = ?)"
                    + " OR c.id IN (SELECT a.case_id FROM intake.aggressor a WHERE a.name_key LIKE ? OR a.document_number = ?)"
                    + " OR c.id IN (SELECT k.case_id FROM intake.complaint k WHERE UPPER(k.atestado_number) = ?))");
            String name = "%" + PersonNames.key(text, null, null) + "%";
            String doc = String.valueOf(IdentityDocuments.normalise(text));
            params.addAll(List.of("%" + text.toUpperCase(Locale.ROOT).replace("%", "") + "%", name, doc, name, doc,
                    text.toUpperCase(Locale.ROOT)));
        }
        return where.toString();
    }
}
