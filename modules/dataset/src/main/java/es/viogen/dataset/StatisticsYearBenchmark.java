package es.viogen.dataset;

import es.viogen.intake.boundary.CaseHistoryFigures;
import es.viogen.launcher.EmbeddedDatabase;
import es.viogen.municipal.boundary.IntegrationHistoryFigures;
import es.viogen.platform.api.MonthlyCount;
import es.viogen.risk.boundary.RiskHistoryFigures;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of a year of monthly statistics snapshots (the statistics module's build: intake's history query for all
 * twelve months, risk's levels once per month over that month's active set, risk's assessments and municipal's
 * integration for all months) run over JDBC against the database {@code ./run.sh --national} filled, timed. Not part
 * of the test run. {@code java -cp <dataset classpath> es.viogen.dataset.StatisticsYearBenchmark [--data-dir D]
 * [--port P] [--months 12]}.
 */
public final class StatisticsYearBenchmark {

    private StatisticsYearBenchmark() {
    }

    static String jdbc(String jpql) {
        return jpql.replaceAll("\\?\\d+", "?");
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(".viogen-national");
        int port = 54339;
        int n = 12;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--months" -> n = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        YearMonth last = YearMonth.from(Instant.now().atZone(ZoneId.of("Europe/Madrid"))).minusMonths(1);
        List<YearMonth> months = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.persistent(dir.resolve("pg"), port, "viogen", Map.of());
             Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
            long t0 = System.nanoTime();
            Map<YearMonth, StringBuilder[]> sets = new HashMap<>();
            Map<YearMonth, Long> active = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(jdbc(CaseHistoryFigures.SQL))) {
                ps.setString(1, MonthlyCount.pgArray(months, false));
                ps.setString(2, MonthlyCount.pgArray(months, true));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String ids = rs.getString(7);
                        if (ids == null) {
                            continue;
                        }
                        YearMonth m = months.get(rs.getInt(1) - 1);
                        String place = rs.getString(2) == null || rs.getString(3) == null ? "-" : rs.getString(2) + "-" + rs.getString(3);
                        StringBuilder[] s = sets.computeIfAbsent(m, k -> new StringBuilder[] {new StringBuilder(), new StringBuilder()});
                        long count = rs.getLong(6);
                        active.merge(m, count, Long::sum);
                        if (s[0].length() > 0) {
                            s[0].append(',');
                            s[1].append(',');
                        }
                        s[0].append(ids);
                        s[1].append(String.join(",", java.util.Collections.nCopies((int) count, place)));
                    }
                }
            }
            long t1 = System.nanoTime();
            long rows = 0;
            for (YearMonth m : months) {
                StringBuilder[] s = sets.get(m);
                if (s == null) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement(jdbc(RiskHistoryFigures.LEVELS))) {
                    ps.setString(1, s[0].toString());
                    ps.setString(2, s[1].toString());
                    ps.setString(3, MonthlyCount.end(m).toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
            }
            long t2 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(jdbc(RiskHistoryFigures.ASSESSMENTS))) {
                ps.setString(1, MonthlyCount.pgArray(months, false));
                ps.setString(2, MonthlyCount.pgArray(months, true));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            long t3 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(jdbc(IntegrationHistoryFigures.SQL))) {
                ps.setString(1, MonthlyCount.pgArray(months, true));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
            long t4 = System.nanoTime();
            long cases = 0;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM intake.case_file")) {
                rs.next();
                cases = rs.getLong(1);
            }
            System.out.printf("[statistics] %d months %s..%s on %d cases: intake %.1f s, risk levels %.1f s, "
                            + "risk assessments %.1f s, municipal %.1f s, total %.1f s (%d result rows)%n",
                    months.size(), months.get(0), last, cases, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                    (t4 - t3) / 1e9, (t4 - t0) / 1e9, rows);
            for (YearMonth m : months) {
                System.out.println("[statistics] active at the end of " + m + ": " + active.getOrDefault(m, 0L));
            }
        }
    }
}
