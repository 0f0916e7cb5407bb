package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Known answers for the monitoring's maths, on 20 fixed assessments (scores with ties, 9 outcomes).
 *
 * <p>The expected values were computed independently with Python 3 (numpy 2.4.6, scipy 1.17.1) on this machine, by
 * the pairwise definition rather than the grouped one used here: the kernel psi(x, y) = 1 if x > y, 1/2 if equal,
 * else 0 over all 9 x 11 (outcome, no outcome) pairs; AUC = its mean (also checked as
 * {@code scipy.stats.mannwhitneyu(pos, neg).statistic / (m n)}); V10 = row means, V01 = column means,
 * {@code SE = sqrt(var(V10, ddof=1)/m + var(V01, ddof=1)/n)}, CI = AUC -/+ {@code scipy.stats.norm.ppf(0.975)} SE;
 * Brier = {@code mean((p - y)^2)} with p = 1 / (1 + exp(-(-2 + 0.15 score))). Figures:
 * AUC 0.7121212121212122 (= 47/66), SE 0.12255672566203574, CI 0.4719144437604663 .. 0.952327980481958,
 * Brier 0.21114976550460005.
 */
class ModelMetricsTest {

    static final int[] SCORES = {2, 3, 3, 5, 6, 6, 6, 8, 9, 10, 11, 11, 12, 14, 15, 15, 17, 18, 20, 22};
    static final int[] Y = {0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1};
    static final int[] LEVELS = {0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4};

    static List<ModelMetrics.Cell> cells() {
        List<ModelMetrics.Cell> out = new ArrayList<>();
        for (int i = 0; i < SCORES.length; i++) {
            out.add(new ModelMetrics.Cell(SCORES[i], RiskLevel.values()[LEVELS[i]], 1, Y[i]));
        }
        return out;
    }

    static final OutcomeModel MODEL = new OutcomeModel("test", -2.0, 0.15, 90);

    @Test
    void aucAndDeLongIntervalAsComputedByPython() {
        ModelMetrics.Auc a = ModelMetrics.auc(cells()).orElseThrow();
        assertEquals(0.7121212121212122, a.value(), 1e-12);
        assertEquals(0.12255672566203574, a.standardError(), 1e-12);
        assertEquals(0.4719144437604663, a.lower(), 1e-9);
        assertEquals(0.952327980481958, a.upper(), 1e-9);
        assertEquals(9, a.positives());
        assertEquals(11, a.negatives());
    }

    @Test
    void groupingTheSameAssessmentsGivesTheSameFigures() {
        // the database hands over counts per score and level, not single assessments
        List<ModelMetrics.Cell> grouped = new ArrayList<>();
        java.util.Map<String, long[]> m = new java.util.TreeMap<>();
        for (ModelMetrics.Cell c : cells()) {
            long[] x = m.computeIfAbsent(c.score() + ":" + c.level(), k -> new long[2]);
            x[0] += c.total();
            x[1] += c.positives();
        }
        m.forEach((k, v) -> grouped.add(new ModelMetrics.Cell(Integer.parseInt(k.split(":")[0]),
                RiskLevel.valueOf(k.split(":")[1]), v[0], v[1])));
        assertTrue(grouped.size() < SCORES.length);
        ModelMetrics.Auc a = ModelMetrics.auc(grouped).orElseThrow();
        assertEquals(0.7121212121212122, a.value(), 1e-12);
        assertEquals(0.12255672566203574, a.standardError(), 1e-12);
        assertEquals(0.21114976550460005, ModelMetrics.brier(grouped, MODEL).orElseThrow(), 1e-12);
    }

    @Test
    void brierAsComputedByPython() {
        assertEquals(0.21114976550460005, ModelMetrics.brier(cells(), MODEL).orElseThrow(), 1e-12);
    }

    @Test
    void rocRunsFromNothingToEverything() {
        List<ModelMetrics.RocPoint> roc = ModelMetrics.roc(cells());
        assertEquals(0, roc.get(0).truePositiveRate());
        assertEquals(1, roc.get(roc.size() - 1).truePositiveRate(), 1e-12);
        assertEquals(1, roc.get(roc.size() - 1).falsePositiveRate(), 1e-12);
        // trapezoids under the curve are the AUC (ties make the diagonal steps)
        double area = 0;
        for (int i = 1; i < roc.size(); i++) {
            area += (roc.get(i).falsePositiveRate() - roc.get(i - 1).falsePositiveRate())
                    * (roc.get(i).truePositiveRate() + roc.get(i - 1).truePositiveRate()) / 2;
        }
        assertEquals(47.0 / 66, area, 1e-12);
    }

    @Test
    void fewerThanTenOutcomesAreShownAsSmallNotAsRates() {
        // 9 outcomes in all: every level's cell and every cut point is small
        for (ModelMetrics.Calibration c : ModelMetrics.calibration(cells(), MODEL)) {
            assertTrue(c.small(), c.level() + " small");
            assertNull(c.observedRate());
            assertNull(c.outcomes());
        }
        for (ModelMetrics.CutPoint c : ModelMetrics.cutPoints(cells())) {
            assertTrue(c.small());
            assertNull(c.sensitivity());
        }
    }

    @Test
    void calibrationAndCutPointsWithEnoughOutcomes() {
        // the same 20 assessments, each counted 10 times: 90 outcomes, rates as in the small table
        List<ModelMetrics.Cell> times10 = new ArrayList<>();
        for (ModelMetrics.Cell c : cells()) {
            times10.add(new ModelMetrics.Cell(c.score(), c.level(), 10, c.positives() * 10));
        }
        List<ModelMetrics.Calibration> cal = ModelMetrics.calibration(times10, MODEL);
        // python: level MEDIO (index 2): 5 assessments, 3 outcomes, mean p 0.4358901402259895
        ModelMetrics.Calibration medio = cal.get(RiskLevel.MEDIO.ordinal());
        assertEquals(50, medio.assessments());
        assertEquals(30L, medio.outcomes());
        assertEquals(0.6, medio.observedRate(), 1e-12);
        assertEquals(0.4358901402259895, medio.expectedRate(), 1e-12);
        // the lowest level has 1 outcome in 3 (x10: 10 outcomes, no longer small)
        assertEquals(10L, cal.get(0).outcomes());
        // cut point "medio or above": TP 7 of 9 outcomes, FP 4 of 11 others (x10)
        ModelMetrics.CutPoint c = ModelMetrics.cutPoints(times10).get(RiskLevel.MEDIO.ordinal() - 1);
        assertEquals(RiskLevel.MEDIO, c.level());
        assertEquals(70, c.truePositives());
        assertEquals(40, c.falsePositives());
        assertEquals(7.0 / 9, c.sensitivity(), 1e-12);
        assertEquals(7.0 / 11, c.specificity(), 1e-12);
        assertEquals(7.0 / 11, c.ppv(), 1e-12);
        assertEquals(7.0 / 9, c.npv(), 1e-12);
    }
}
