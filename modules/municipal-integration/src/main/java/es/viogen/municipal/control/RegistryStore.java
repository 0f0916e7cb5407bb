package es.viogen.municipal.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Writes registry rows into {@code municipal.municipality} with JDBC batches: new codes are inserted, known codes
 * updated only when something changed (the editable local-police attribute is never touched by an import).
 */
public final class RegistryStore {

    public static final int BATCH = 500;

    /** What an import changed; {@code changes} holds up to 200 lines describing the changes, for the summary. */
    public record Summary(int read, int added, int updated, int unchanged, List<String> changes) {
    }

    private record Existing(String name, String provinceCode, String regionCode, int population, int year, Double lat,
                            Double lon, String seat) {
    }

    private RegistryStore() {
    }

    public static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM municipal.municipality")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Inserts or updates every row. {@code progress} receives the number of rows processed so far after each batch.
     */
    public static Summary upsert(Connection c, List<RegistryRow> rows, IntConsumer progress) throws SQLException {
        Map<String, Existing> existing = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ine_code, name, province_code, "
                + "region_code, population, population_year, lat, lon, seat FROM municipal.municipality")) {
            while (rs.next()) {
                existing.put(rs.getString(1), new Existing(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), (Double) rs.getObject(7), (Double) rs.getObject(8), rs.getString(9)));
            }
        }
        List<RegistryRow> inserts = new ArrayList<>();
        List<RegistryRow> updates = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (RegistryRow r : rows) {
            Existing e = existing.get(r.ineCode());
            if (e == null) {
                inserts.add(r);
                note(changes, r.ineCode() + " " + r.name() + ": +");
            } else if (!same(e, r)) {
                updates.add(r);
                if (e.population() != r.population() || e.year() != r.populationYear()) {
                    note(changes, r.ineCode() + " " + r.name() + ": " + e.population() + " (" + e.year() + ") → "
                            + r.population() + " (" + r.populationYear() + ")");
                } else if (!Objects.equals(e.name(), r.name())) {
                    note(changes, r.ineCode() + ": " + e.name() + " → " + r.name());
                }
            }
        }
        int done = rows.size() - inserts.size() - updates.size();
        progress.accept(done);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO municipal.municipality (ine_code, name, name_ine, "
                + "province_code, province_name, region_code, region_name, population, population_year, lat, lon, seat, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())")) {
            done = batched(ps, inserts, (st, r) -> {
                st.setString(1, r.ineCode());
                fill(st, r, 2);
            }, done, progress);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE municipal.municipality SET name = ?, name_ine = ?, "
                + "province_code = ?, province_name = ?, region_code = ?, region_name = ?, population = ?, "
                + "population_year = ?, lat = ?, lon = ?, seat = ?, updated_at = now(), version = version + 1 "
                + "WHERE ine_code = ?")) {
            batched(ps, updates, (st, r) -> {
                fill(st, r, 1);
                st.setString(12, r.ineCode());
            }, done, progress);
        }
        return new Summary(rows.size(), inserts.size(), updates.size(), rows.size() - inserts.size() - updates.size(),
                changes);
    }

    /** Binds one row's parameters. */
    private interface Binder {
        void bind(PreparedStatement ps, RegistryRow r) throws SQLException;
    }

    /** Runs the statement for every row in batches of {@link #BATCH}, telling the running total after each batch. */
    private static int batched(PreparedStatement ps, List<RegistryRow> rows, Binder binder, int done,
                               IntConsumer progress) throws SQLException {
        int n = 0;
        for (RegistryRow r : rows) {
            binder.bind(ps, r);
            ps.addBatch();
            if (++n % BATCH == 0) {
                ps.executeBatch();
                progress.accept(done += BATCH);
            }
        }
        ps.executeBatch();
        done += n % BATCH;
        progress.accept(done);
        return done;
    }

    private static void note(List<String> changes, String line) {
        if (changes.size() < 200) {
            changes.add(line);
        }
    }

    private static boolean same(Existing e, RegistryRow r) {
        return Objects.equals(e.name(), r.name()) && Objects.equals(e.provinceCode(), r.provinceCode())
                && Objects.equals(e.regionCode(), r.regionCode()) && e.population() == r.population()
                && e.year() == r.populationYear() && Objects.equals(e.lat(), r.lat()) && Objects.equals(e.lon(), r.lon())
                && Objects.equals(e.seat(), r.seat());
    }

    /** Sets the 11 columns name .. seat starting at parameter {@code i}. */
    private static void fill(PreparedStatement ps, RegistryRow r, int i) throws SQLException {
        ps.setString(i, r.name());
        ps.setString(i + 1, r.nameIne());
        ps.setString(i + 2, r.provinceCode());
        ps.setString(i + 3, r.provinceName());
        ps.setString(i + 4, r.regionCode());
        ps.setString(i + 5, r.regionName());
        ps.setInt(i + 6, r.population());
        ps.setInt(i + 7, r.populationYear());
        if (r.lat() == null) {
            ps.setNull(i + 8, Types.DOUBLE);
        } else {
            ps.setDouble(i + 8, r.lat());
        }
        if (r.lon() == null) {
            ps.setNull(i + 9, Types.DOUBLE);
        } else {
            ps.setDouble(i + 9, r.lon());
        }
        ps.setString(i + 10, r.seat());
    }
}
