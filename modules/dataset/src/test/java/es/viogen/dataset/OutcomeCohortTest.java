package es.viogen.dataset;

import es.viogen.launcher.EmbeddedDatabase;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.risk.control.ModelMetrics;
import es.viogen.risk.control.ModelMonitoringQueries;
import es.viogen.risk.control.OutcomeKind;
import es.viogen.risk.control.OutcomeModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Known answers at scale (issue 14): a generated cohort whose outcomes are drawn from the risk module's declared
 * logistic model of the score ({@code --outcomes logistic}), measured with the application's own monitoring
 * statements ({@link ModelMonitoringQueries}, here over plain JDBC). The model implies, for the scores the cohort
 * holds, an AUC of {@code sum_s P1(s) (P0(<s) + P0(s)/2) / (P1 P0)} with {@code P1(s) = n(s) p(s)},
 * {@code P0(s) = n(s) (1 - p(s))}, a Brier score of {@code mean p(1 - p)} and, per level, an outcome rate equal to
 * the mean p of its assessments; the measured figures must come within sampling error of them (AUC within 0.01).
 */
class OutcomeCohortTest {

    static final int CASES = Integer.getInteger("viogen.cohort.cases", 12_000);

    static EmbeddedDatabase db;

    @BeforeAll
    static void generate() throws Exception {
        db = EmbeddedDatabase.ephemeral("viogen");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(EmbeddedDatabase.USER);
        ds.setPassword(EmbeddedDatabase.PASSWORD);
        NationalDataset.Options o = NationalDataset.parse(new String[]{"--cases", Integer.toString(CASES), "--seed", "14",
                "--audit", "20000", "--jdbc-url", db.jdbcUrl(), "--outcomes", "logistic"});
        new NationalDataset(o, ds).run(System.nanoTime());
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    static List<Object[]> rows(Connection c, String sql, List<Object> params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMeasuredAucBrierAndCalibrationAreThoseTheGeneratingModelImplies() throws Exception {
        try (Connection c = db.connect()) {
            // the version with the most assessments whose 90-day window has closed
            Object[] top = rows(c, "SELECT instrument_code, instrument_version, count(*) FROM risk.assessment "
                    + "WHERE status = 'SUBMITTED' AND assessed_at <= now() - interval '90 days' "
                    + "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1", List.of()).get(0);
            String code = (String) top[0];
            String version = (String) top[1];
            OutcomeModel model = OutcomeModel.of(code, version).orElseThrow();
            Instant now = Instant.now();
            ModelMonitoringQueries.Report r = ModelMonitoringQueries.report((sql, p) -> rows(c, sql, p),
                    new ModelMonitoringQueries.Filter(code, version, 90, EnumSet.allOf(OutcomeKind.class), null, null,
                            null, new ScopePredicate.Sql("1 = 1", List.of()), now));

            // what the model implies for these scores
            TreeMap<Integer, Long> byScore = new TreeMap<>();
            for (Object[] row : rows(c, "SELECT score, count(*) FROM risk.assessment WHERE status = 'SUBMITTED' "
                    + "AND instrument_code = ? AND instrument_version = ? AND assessed_at <= ? GROUP BY 1",
                    List.of(code, version, java.sql.Timestamp.from(now.minusSeconds(90L * 86_400))))) {
                byScore.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
            }
            double p1 = 0;
            double p0 = 0;
            double pairs = 0;
            double brier = 0;
            long n = 0;
            for (var e : byScore.entrySet()) {
                double p = model.probability(e.getKey());
                double pos = e.getValue() * p;
                double neg = e.getValue() * (1 - p);
                pairs += pos * (p0 + 0.5 * neg);
                p1 += pos;
                p0 += neg;
                brier += e.getValue() * p * (1 - p);
                n += e.getValue();
            }
            double modelAuc = pairs / (p1 * p0);
            double modelBrier = brier / n;
            assertEquals(n, r.assessmentsMeasured());

            StringBuilder note = new StringBuilder(String.format(Locale.ROOT,
                    "cohort %d cases, %s %s: %d assessments with a closed 90-day window, %d outcomes (model expects %.0f); "
                            + "AUC %.4f (95%% CI %.4f-%.4f) vs model %.4f; Brier %.4f vs model %.4f; computed in %d ms%n",
                    CASES, code, version, r.assessmentsMeasured(), r.outcomesObserved(), p1, r.auc().value(),
                    r.auc().lower(), r.auc().upper(), modelAuc, r.brier(), modelBrier, r.computedInMillis()));
            for (ModelMetrics.Calibration cal : r.calibration()) {
                note.append(String.format(Locale.ROOT, "  %-12s n=%-7d outcomes=%-7s observed=%s expected=%.4f%n",
                        cal.level(), cal.assessments(), cal.outcomes(), cal.observedRate() == null ? "small"
                                : String.format(Locale.ROOT, "%.4f", cal.observedRate()),
                        cal.expectedRate() == null ? Double.NaN : cal.expectedRate()));
                if (!cal.small() && cal.assessments() > 0) {
                    double e = cal.expectedRate();
                    double se = Math.sqrt(e * (1 - e) / cal.assessments());
                    assertTrue(Math.abs(cal.observedRate() - e) < 4 * se + 1e-9,
                            cal.level() + ": observed " + cal.observedRate() + " expected " + e + " (SE " + se + ")");
                }
            }
            System.out.print(note);
            assertTrue(r.assessmentsMeasured() > 20_000, "a cohort large enough: " + r.assessmentsMeasured());
            assertEquals(modelAuc, r.auc().value(), 0.01, note.toString());
            assertTrue(r.auc().lower() < modelAuc && modelAuc < r.auc().upper(), "the model's AUC within the CI: " + note);
            assertEquals(modelBrier, r.brier(), 0.005, note.toString());
        }
    }
}
