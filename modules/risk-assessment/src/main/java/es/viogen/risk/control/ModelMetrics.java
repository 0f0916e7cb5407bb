package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;

/**
 * The measures of an instrument version in use, from counts (pure; the database groups the assessments by score,
 * level and outcome, so the work here is proportional to the number of distinct scores, not of assessments):
 * discrimination (ROC curve and AUC of the score, with DeLong's variance and a 95 % confidence interval), the Brier
 * score of the expected probabilities the instrument's outcome model gives, a calibration table per level, and
 * sensitivity, specificity, PPV and NPV at each cut point ("level at or above L" as a positive test).
 *
 * <p>DeLong, DeLong and Clarke-Pearson (1988), Biometrics 44:837-845: each positive's placement value
 * {@code V10 = P(negative score < its score) + ½ P(equal)}, each negative's {@code V01 = P(positive score > its score)
 * + ½ P(equal)}; AUC is the mean of either; {@code Var(AUC) = S10 / m + S01 / n} with S10, S01 the sample variances
 * of the placement values over the m positives and n negatives. With grouped counts, all assessments of one score
 * share their placement value, so both sums run over the distinct scores.
 */
public final class ModelMetrics {

    /** Fewer outcomes than this in a cell: the cell is shown as small, never as a rate. */
    public static final int SMALL_CELL = 10;

    private static final double Z975 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

    private ModelMetrics() {
    }

    /** Assessments with one score (and level), and how many of them were followed by the outcome. */
    public record Cell(int score, RiskLevel level, long total, long positives) implements java.io.Serializable {
        public long negatives() {
            return total - positives;
        }
    }

    /** AUC with DeLong's standard error and 95 % interval (clipped to [0, 1]). */
    public record Auc(double value, double standardError, double lower, double upper, long positives, long negatives) implements java.io.Serializable {
    }

    /** One point of the ROC curve: "score at or above {@code threshold}" as a positive test. */
    public record RocPoint(int threshold, double falsePositiveRate, double truePositiveRate) implements java.io.Serializable {
    }

    /**
     * A level's row of the calibration table: assessments, outcomes (null when small), observed rate (null when
     * small), mean expected probability of the instrument's outcome model (null without a model).
     */
    public record Calibration(RiskLevel level, long assessments, Long outcomes, Double observedRate,
                              Double expectedRate, boolean small) implements java.io.Serializable {
    }

    /** "Level at or above {@code level}" as a positive test. Rates null when the outcomes are fewer than 10. */
    public record CutPoint(RiskLevel level, long truePositives, long falsePositives, long falseNegatives,
                           long trueNegatives, Double sensitivity, Double specificity, Double ppv, Double npv,
                           boolean small) implements java.io.Serializable {
    }

    /** AUC by DeLong over grouped counts; empty when there are no positives or no negatives. */
    public static java.util.Optional<Auc> auc(List<Cell> cells) {
        TreeMap<Integer, long[]> byScore = byScore(cells);
        long m = 0;
        long n = 0;
        for (long[] c : byScore.values()) {
            m += c[0];
            n += c[1];
        }
        if (m == 0 || n == 0) {
            return java.util.Optional.empty();
        }
        // placement values per distinct score
        double sum10 = 0;
        double sum01 = 0;
        Map<Integer, double[]> v = new TreeMap<>();
        long negBelow = 0;
        for (Map.Entry<Integer, long[]> e : byScore.entrySet()) {
            long pos = e.getValue()[0];
            long neg = e.getValue()[1];
            double v10 = (negBelow + 0.5 * neg) / n;
            v.put(e.getKey(), new double[]{v10, 0});
            sum10 += pos * v10;
            negBelow += neg;
        }
        long posAbove = 0;
        for (Map.Entry<Integer, long[]> e : byScore.descendingMap().entrySet()) {
            long pos = e.getValue()[0];
            long neg = e.getValue()[1];
            double v01 = (posAbove + 0.5 * pos) / m;
            v.get(e.getKey())[1] = v01;
            sum01 += neg * v01;
            posAbove += pos;
        }
        double auc = sum10 / m;
        double s10 = 0;
        double s01 = 0;
        for (Map.Entry<Integer, long[]> e : byScore.entrySet()) {
            double[] pv = v.get(e.getKey());
            s10 += e.getValue()[0] * (pv[0] - auc) * (pv[0] - auc);
            s01 += e.getValue()[1] * (pv[1] - auc) * (pv[1] - auc);
        }
        s10 = m > 1 ? s10 / (m - 1) : 0;
        s01 = n > 1 ? s01 / (n - 1) : 0;
        double se = Math.sqrt(s10 / m + s01 / n);
        return java.util.Optional.of(new Auc(auc, se, Math.max(0, auc - Z975 * se), Math.min(1, auc + Z975 * se), m, n));
    }

    /** The ROC curve of the score, from the highest threshold (0, 0) to the lowest (1, 1). */
    public static List<RocPoint> roc(List<Cell> cells) {
        TreeMap<Integer, long[]> byScore = byScore(cells);
        long m = 0;
        long n = 0;
        for (long[] c : byScore.values()) {
            m += c[0];
            n += c[1];
        }
        List<RocPoint> out = new ArrayList<>();
        if (m == 0 || n == 0) {
            return out;
        }
        out.add(new RocPoint(Integer.MAX_VALUE, 0, 0));
        long tp = 0;
        long fp = 0;
        for (Map.Entry<Integer, long[]> e : byScore.descendingMap().entrySet()) {
            tp += e.getValue()[0];
            fp += e.getValue()[1];
            out.add(new RocPoint(e.getKey(), (double) fp / n, (double) tp / m));
        }
        return out;
    }

    /**
     * Brier score: the mean squared difference between the expected probability of each assessment (from its score)
     * and what happened (1 or 0).
     */
    public static java.util.Optional<Double> brier(List<Cell> cells, IntToDoubleFunction expected) {
        long total = 0;
        double sum = 0;
        for (Cell c : cells) {
            double p = expected.applyAsDouble(c.score());
            sum += c.positives() * (1 - p) * (1 - p) + c.negatives() * p * p;
            total += c.total();
        }
        return total == 0 ? java.util.Optional.empty() : java.util.Optional.of(sum / total);
    }

    /** Observed outcome rate per level (small cells suppressed) beside the mean expected probability. */
    public static List<Calibration> calibration(List<Cell> cells, IntToDoubleFunction expected) {
        Map<RiskLevel, double[]> acc = new EnumMap<>(RiskLevel.class);
        for (Cell c : cells) {
            double[] a = acc.computeIfAbsent(c.level(), k -> new double[3]);
            a[0] += c.total();
            a[1] += c.positives();
            if (expected != null) {
                a[2] += c.total() * expected.applyAsDouble(c.score());
            }
        }
        List<Calibration> out = new ArrayList<>();
        for (RiskLevel l : RiskLevel.values()) {
            double[] a = acc.get(l);
            if (a == null) {
                out.add(new Calibration(l, 0, null, null, null, true));
                continue;
            }
            long total = (long) a[0];
            long pos = (long) a[1];
            boolean small = pos < SMALL_CELL;
            out.add(new Calibration(l, total, small ? null : pos, small ? null : (double) pos / total,
                    expected == null ? null : a[2] / total, small));
        }
        return out;
    }

    /** Sensitivity, specificity, PPV and NPV of "level at or above L", for each level above the lowest. */
    public static List<CutPoint> cutPoints(List<Cell> cells) {
        long[][] byLevel = new long[RiskLevel.values().length][2];
        for (Cell c : cells) {
            byLevel[c.level().ordinal()][0] += c.positives();
            byLevel[c.level().ordinal()][1] += c.negatives();
        }
        long m = 0;
        long n = 0;
        for (long[] c : byLevel) {
            m += c[0];
            n += c[1];
        }
        boolean small = m < SMALL_CELL;
        List<CutPoint> out = new ArrayList<>();
        for (int cut = 1; cut < byLevel.length; cut++) {
            long tp = 0;
            long fp = 0;
            for (int l = cut; l < byLevel.length; l++) {
                tp += byLevel[l][0];
                fp += byLevel[l][1];
            }
            long fn = m - tp;
            long tn = n - fp;
            out.add(new CutPoint(RiskLevel.values()[cut], tp, fp, fn, tn,
                    small ? null : ratio(tp, tp + fn), small ? null : ratio(tn, tn + fp),
                    small ? null : ratio(tp, tp + fp), small ? null : ratio(tn, tn + fn), small));
        }
        return out;
    }

    private static Double ratio(long a, long b) {
        return b == 0 ? null : (double) a / b;
    }

    private static TreeMap<Integer, long[]> byScore(List<Cell> cells) {
        TreeMap<Integer, long[]> byScore = new TreeMap<>();
        for (Cell c : cells) {
            long[] a = byScore.computeIfAbsent(c.score(), k -> new long[2]);
            a[0] += c.positives();
            a[1] += c.negatives();
        }
        return byScore;
    }
}
