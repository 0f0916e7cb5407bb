package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.ScopePredicate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The monitoring of an instrument version in use, computed from the database in three set-based statements (one scan
 * of the version's assessments each, grouped in PostgreSQL) and {@link ModelMetrics} over the grouped counts. Shared
 * by the server (JPA native queries) and the dataset tool (plain JDBC) through {@link Rows}.
 */
public final class ModelMonitoringQueries {

    /** Runs a query with JDBC-style {@code ?} parameters and gives its rows. */
    public interface Rows {
        List<Object[]> run(String sql, List<Object> params);
    }

    /**
     * What to measure. {@code unitIds}: null for every unit, else the units of the chosen kind (ids from the
     * platform, never input); {@code scope}: the caller's territory as a condition over {@code a.unit_id} and the
     * case's place {@code p}; {@code from}/{@code to}: assessment time, to exclusive; {@code now}: windows closed by then.
     */
    public record Filter(String code, String version, int windowDays, Set<OutcomeKind> outcomes, Instant from,
                         Instant to, Collection<Long> unitIds, ScopePredicate.Sql scope, Instant now) {
    }

    /** The override counts: how often and in which direction people changed the level the answers gave. */
    public record Overrides(long assessments, long raisedByRedFlag, long raisedByVictim, long raisedByOfficer,
                            long dropsApplied, long dropsProposed, long dropsApproved, long dropsRefused,
                            long dropsPending, Double overrideRate) implements java.io.Serializable {
    }

    /** The share of "No se sabe" answers to one indicator. */
    public record UnknownShare(String indicator, long answered, long unknown, double share) implements java.io.Serializable {
    }

    /** The AUC of one month's assessments (null when the month has fewer than 10 outcomes or non-outcomes). */
    public record MonthlyAuc(String month, long assessments, Long outcomes, Double auc, Double lower, Double upper,
                             boolean small) implements java.io.Serializable {
    }

    /** How many submitted assessments ended at a level, and their share. */
    public record LevelCount(RiskLevel level, long assessments, double share) implements java.io.Serializable {
    }

    /** Everything the monitoring page and the REST answer show. */
    public record Report(String instrumentCode, String instrumentVersion, int windowDays, List<String> outcomes,
                         long assessmentsMeasured, Long outcomesObserved, boolean small, ModelMetrics.Auc auc,
                         Double brier, Double expectedBrier, List<ModelMetrics.RocPoint> roc,
                         List<ModelMetrics.Calibration> calibration, List<ModelMetrics.CutPoint> cutPoints,
                         List<LevelCount> levelDistribution, long assessmentsSubmitted,
                         List<UnknownShare> unknownShares, Overrides overrides, List<MonthlyAuc> trend,
                         OutcomeModel model, long computedInMillis) implements java.io.Serializable {
    }

    private ModelMonitoringQueries() {
    }

    public static Report report(Rows rows, Filter f) {
        long started = System.nanoTime();
        Map<String, List<ModelMetrics.Cell>> byMonth = new TreeMap<>();
        List<ModelMetrics.Cell> all = new ArrayList<>();
        for (Object[] r : rows.run(closedWindowsSql(f), closedWindowsParams(f))) {
            ModelMetrics.Cell c = new ModelMetrics.Cell(((Number) r[1]).intValue(), RiskLevel.valueOf((String) r[2]),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue());
            all.add(c);
            byMonth.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(c);
        }
        OutcomeModel model = OutcomeModel.of(f.code(), f.version()).orElse(null);
        long measured = all.stream().mapToLong(ModelMetrics.Cell::total).sum();
        long observed = all.stream().mapToLong(ModelMetrics.Cell::positives).sum();
        boolean small = observed < ModelMetrics.SMALL_CELL || measured - observed < ModelMetrics.SMALL_CELL;
        ModelMetrics.Auc auc = small ? null : ModelMetrics.auc(all).orElse(null);
        Double brier = model == null ? null : ModelMetrics.brier(all, model).orElse(null);
        Double expectedBrier = model == null || measured == 0 ? null
                : all.stream().mapToDouble(c -> c.total() * model.probability(c.score()) * (1 - model.probability(c.score())))
                .sum() / measured;
        List<MonthlyAuc> trend = new ArrayList<>();
        byMonth.forEach((month, cells) -> {
            long n = cells.stream().mapToLong(ModelMetrics.Cell::total).sum();
            long pos = cells.stream().mapToLong(ModelMetrics.Cell::positives).sum();
            boolean s = pos < ModelMetrics.SMALL_CELL || n - pos < ModelMetrics.SMALL_CELL;
            ModelMetrics.Auc a = s ? null : ModelMetrics.auc(cells).orElse(null);
            trend.add(new MonthlyAuc(month, n, s ? null : pos, a == null ? null : a.value(),
                    a == null ? null : a.lower(), a == null ? null : a.upper(), s || a == null));
        });

        Map<RiskLevel, Long> levels = new EnumMap<>(RiskLevel.class);
        for (RiskLevel l : RiskLevel.values()) {
            levels.put(l, 0L);
        }
        long submitted = 0;
        long redFlag = 0;
        long victim = 0;
        long officer = 0;
        for (Object[] r : rows.run(judgementSql(f), filterParams(f))) {
            RiskLevel scoreLevel = level(r[0]);
            RiskLevel redFlagMin = level(r[1]);
            RiskLevel computed = level(r[2]);
            RiskLevel officerLevel = level(r[3]);
            RiskLevel fin = level(r[4]);
            long n = ((Number) r[5]).longValue();
            submitted += n;
            levels.merge(fin, n, Long::sum);
            if (redFlagMin != null && scoreLevel != null && redFlagMin.compareTo(scoreLevel) > 0) {
                redFlag += n;
            }
            if (fin.compareTo(computed) > 0) {
                if (officerLevel != null && officerLevel == fin) {
                    officer += n;
                } else {
                    victim += n;
                }
            }
        }
        long[] drops = new long[5];
        for (Object[] r : rows.run(dropsSql(f), filterParams(f))) {
            String status = (String) r[0];
            boolean needsApproval = Boolean.TRUE.equals(r[1]);
            long n = ((Number) r[2]).longValue();
            switch (status) {
                case "APPLIED" -> drops[0] += n;
                case "APPROVED" -> drops[2] += n;
                case "REFUSED" -> drops[3] += n;
                case "PENDING" -> drops[4] += n;
                default -> {
                }
            }
            if (needsApproval) {
                drops[1] += n;
            }
        }
        Overrides overrides = new Overrides(submitted, redFlag, victim, officer, drops[0], drops[1], drops[2],
                drops[3], drops[4], submitted == 0 ? null : (double) (victim + officer) / submitted);

        List<UnknownShare> unknowns = new ArrayList<>();
        for (Object[] r : rows.run(unknownSql(f), filterParams(f))) {
            long answered = ((Number) r[1]).longValue();
            long unknown = ((Number) r[2]).longValue();
            unknowns.add(new UnknownShare((String) r[0], answered, unknown, answered == 0 ? 0 : (double) unknown / answered));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Report(f.code(), f.version(), f.windowDays(),
                f.outcomes().stream().map(Enum::name).sorted().collect(Collectors.toList()), measured,
                small ? null : observed, small, auc, brier, expectedBrier, small ? List.of() : ModelMetrics.roc(all),
                ModelMetrics.calibration(all, model), ModelMetrics.cutPoints(all), distribution(levels, submitted),
                submitted, unknowns,
                overrides, trend, model, millis);
    }

    private static RiskLevel level(Object o) {
        return o == null ? null : RiskLevel.valueOf((String) o);
    }

    /** The instrument version's submitted assessments in the filter (period, unit kind, the caller's territory). */
    private static String where(Filter f) {
        StringBuilder b = new StringBuilder(" FROM risk.assessment a LEFT JOIN risk.case_place p ON p.case_id = a.case_id"
                + " WHERE a.status = 'SUBMITTED' AND a.instrument_code = ? AND a.instrument_version = ?");
        if (f.from() != null) {
            b.append(" AND a.assessed_at >= ?");
        }
        if (f.to() != null) {
            b.append(" AND a.assessed_at < ?");
        }
        if (f.unitIds() != null) {
            // unit ids from the platform's directory (numbers, never input)
            b.append(f.unitIds().isEmpty() ? " AND 1 = 0" : " AND a.unit_id IN ("
                    + f.unitIds().stream().map(id -> Long.toString(id)).collect(Collectors.joining(",")) + ")");
        }
        b.append(" AND ").append(f.scope().text());
        return b.toString();
    }

    private static List<Object> filterParams(Filter f) {
        List<Object> p = new ArrayList<>(List.of(f.code(), f.version()));
        if (f.from() != null) {
            p.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            p.add(Timestamp.from(f.to()));
        }
        p.addAll(f.scope().params());
        return p;
    }

    /**
     * Assessments whose window has closed, by month (Madrid), score and final level, with how many of them were
     * followed by one of the outcomes within the window.
     */
    static String closedWindowsSql(Filter f) {
        String kinds = f.outcomes().stream().map(k -> "'" + k.name() + "'").sorted().collect(Collectors.joining(","));
        return "SELECT to_char(a.assessed_at AT TIME ZONE 'Europe/Madrid', 'YYYY-MM') AS month, a.score, a.final_level, "
                + "count(*) AS total, count(o.assessment_id) AS positives"
                + where(f).replace(" WHERE ", " LEFT JOIN (SELECT assessment_id FROM risk.assessment_outcome WHERE kind IN ("
                + kinds + ") AND days_after < " + f.windowDays() + " GROUP BY assessment_id) o ON o.assessment_id = a.id WHERE ")
                + " AND a.assessed_at <= ? GROUP BY 1, 2, 3";
    }

    private static List<Object> closedWindowsParams(Filter f) {
        List<Object> p = filterParams(f);
        p.add(Timestamp.from(f.now().minusSeconds(86_400L * f.windowDays())));
        return p;
    }

    static String judgementSql(Filter f) {
        return "SELECT a.score_level, a.red_flag_minimum, a.computed_level, a.officer_level, a.final_level, count(*)"
                + where(f) + " GROUP BY 1, 2, 3, 4, 5";
    }

    static String dropsSql(Filter f) {
        return "SELECT d.status, d.needs_approval, count(*)" + where(f).replace(" WHERE ",
                " JOIN risk.level_drop d ON d.assessment_id = a.id WHERE ") + " GROUP BY 1, 2";
    }

    static String unknownSql(Filter f) {
        return "SELECT j.key, count(*), count(*) FILTER (WHERE j.value = 'NO_SE_SABE')" + where(f).replace(" WHERE ",
                " CROSS JOIN LATERAL jsonb_each_text(CAST(a.answers AS jsonb)) j WHERE ") + " GROUP BY 1 ORDER BY 1";
    }

    private static List<LevelCount> distribution(Map<RiskLevel, Long> m, long total) {
        List<LevelCount> out = new ArrayList<>();
        for (RiskLevel l : RiskLevel.values()) {
            long n = m.getOrDefault(l, 0L);
            out.add(new LevelCount(l, n, total == 0 ? 0 : (double) n / total));
        }
        return out;
    }
}
