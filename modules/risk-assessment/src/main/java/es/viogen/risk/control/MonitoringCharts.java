package es.viogen.risk.control;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG drawings of the monitoring, made on the server from the figures (no scripts, as the coverage page
 * draws): the ROC curve of the score with the diagonal of chance, and the calibration plot (observed outcome rate
 * per level against the expected rate of the instrument's outcome model; small cells are not drawn).
 */
public final class MonitoringCharts {

    private static final int SIZE = 300;
    private static final int PAD = 40;

    private MonitoringCharts() {
    }

    public static String roc(List<ModelMetrics.RocPoint> points, String title, String xLabel, String yLabel) {
        StringBuilder sb = frame(title, xLabel, yLabel);
        sb.append("<line x1='").append(x(0)).append("' y1='").append(y(0)).append("' x2='").append(x(1)).append("' y2='")
                .append(y(1)).append("' stroke='#9ca3af' stroke-dasharray='4 4'/>");
        if (!points.isEmpty()) {
            sb.append("<polyline id='roc-curve' fill='none' stroke='#2563eb' stroke-width='2' points='");
            for (ModelMetrics.RocPoint p : points) {
                sb.append(f(x(p.falsePositiveRate()))).append(',').append(f(y(p.truePositiveRate()))).append(' ');
            }
            sb.append("'/>");
        }
        return sb.append("</svg>").toString();
    }

    /** Each level with enough outcomes: a point at (expected, observed); the diagonal is perfect calibration. */
    public static String calibration(List<ModelMetrics.Calibration> rows, List<String> labels, String title,
                                     String xLabel, String yLabel) {
        StringBuilder sb = frame(title, xLabel, yLabel);
        sb.append("<line x1='").append(x(0)).append("' y1='").append(y(0)).append("' x2='").append(x(1)).append("' y2='")
                .append(y(1)).append("' stroke='#9ca3af' stroke-dasharray='4 4'/>");
        for (int i = 0; i < rows.size(); i++) {
            ModelMetrics.Calibration c = rows.get(i);
            if (c.small() || c.expectedRate() == null || c.observedRate() == null) {
                continue;
            }
            double cx = x(c.expectedRate());
            double cy = y(c.observedRate());
            sb.append("<circle class='calibration-point' cx='").append(f(cx)).append("' cy='").append(f(cy))
                    .append("' r='5' fill='#dc2626'><title>").append(esc(labels.get(i))).append(": ")
                    .append(pct(c.observedRate())).append(" / ").append(pct(c.expectedRate())).append("</title></circle>");
            sb.append("<text x='").append(f(cx + 7)).append("' y='").append(f(cy - 4)).append("' font-size='11'>")
                    .append(esc(labels.get(i))).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    private static StringBuilder frame(String title, String xLabel, String yLabel) {
        int w = SIZE + 2 * PAD;
        StringBuilder sb = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' class='vg-chart' width='")
                .append(w).append("' height='").append(w).append("' viewBox='0 0 ").append(w).append(' ').append(w)
                .append("'><title>").append(esc(title)).append("</title>");
        sb.append("<rect x='").append(PAD).append("' y='").append(PAD).append("' width='").append(SIZE).append("' height='")
                .append(SIZE).append("' fill='none' stroke='#374151'/>");
        for (int i = 0; i <= 4; i++) {
            double v = i / 4.0;
            sb.append("<text x='").append(f(x(v) - 8)).append("' y='").append(PAD + SIZE + 14).append("' font-size='10'>")
                    .append(String.format(Locale.ROOT, "%.2f", v)).append("</text>");
            sb.append("<text x='4' y='").append(f(y(v) + 4)).append("' font-size='10'>")
                    .append(String.format(Locale.ROOT, "%.2f", v)).append("</text>");
        }
        sb.append("<text x='").append(PAD + SIZE / 2 - 40).append("' y='").append(PAD + SIZE + 32).append("' font-size='12'>")
                .append(esc(xLabel)).append("</text>");
        sb.append("<text x='12' y='").append(PAD + SIZE / 2 + 40).append("' font-size='12' transform='rotate(-90 12 ")
                .append(PAD + SIZE / 2 + 40).append(")'>").append(esc(yLabel)).append("</text>");
        return sb;
    }

    private static double x(double v) {
        return PAD + v * SIZE;
    }

    private static double y(double v) {
        return PAD + SIZE - v * SIZE;
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String pct(double d) {
        return String.format(Locale.ROOT, "%.1f %%", d * 100);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
