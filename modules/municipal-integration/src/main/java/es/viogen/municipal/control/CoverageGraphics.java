package es.viogen.municipal.control;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG drawings of coverage, made on the server from the data (no external tile servers, no scripts): a bar
 * chart of coverage per province and a map of the programme's municipalities placed by their seat's coordinates.
 */
public final class CoverageGraphics {

    /** One bar: a label, integrated and programme counts. */
    public record Bar(String label, int integrated, int programme) {
    }

    /** One point of the map. */
    public record Point(String ineCode, String name, double lat, double lon, boolean integrated, boolean highlighted) {
    }

    private CoverageGraphics() {
    }

    public static String bars(List<Bar> bars, String title) {
        int rowH = 28;
        int labelW = 140;
        int barW = 360;
        int h = bars.size() * rowH + 30;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' class='vg-chart' width='").append(labelW + barW + 130)
                .append("' height='").append(h).append("' viewBox='0 0 ").append(labelW + barW + 130).append(' ').append(h)
                .append("'><title>").append(esc(title)).append("</title>");
        int y = 10;
        for (Bar b : bars) {
            double share = b.programme() == 0 ? 0 : (double) b.integrated() / b.programme();
            int w = (int) Math.round(share * barW);
            sb.append("<text x='0' y='").append(y + 15).append("' font-size='13'>").append(esc(b.label())).append("</text>");
            sb.append("<rect x='").append(labelW).append("' y='").append(y).append("' width='").append(barW)
                    .append("' height='20' fill='#e5e7eb'/>");
            sb.append("<rect x='").append(labelW).append("' y='").append(y).append("' width='").append(w)
                    .append("' height='20' fill='#2563eb'><title>").append(esc(b.label())).append(": ")
                    .append(b.integrated()).append('/').append(b.programme()).append("</title></rect>");
            sb.append("<text x='").append(labelW + barW + 6).append("' y='").append(y + 15).append("' font-size='13'>")
                    .append(b.integrated()).append('/').append(b.programme()).append(" (")
                    .append(String.format(Locale.ROOT, "%.1f", share * 100).replace('.', ',')).append(" %)</text>");
            y += rowH;
        }
        return sb.append("</svg>").toString();
    }

    /** Equirectangular projection scaled by cos(latitude), fitted to the points' bounding box. */
    public static String map(List<Point> points, String title, String integratedLabel, String pendingLabel) {
        int width = 560;
        int height = 420;
        int pad = 16;
        if (points.isEmpty()) {
            return "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>";
        }
        double minLat = points.stream().mapToDouble(Point::lat).min().orElse(0);
        double maxLat = points.stream().mapToDouble(Point::lat).max().orElse(1);
        double minLon = points.stream().mapToDouble(Point::lon).min().orElse(0);
        double maxLon = points.stream().mapToDouble(Point::lon).max().orElse(1);
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max(0.01, (maxLon - minLon) * k);
        double spanY = Math.max(0.01, maxLat - minLat);
        double scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad - 24) / spanY);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' class='vg-map' width='").append(width)
                .append("' height='").append(height).append("' viewBox='0 0 ").append(width).append(' ').append(height)
                .append("'><title>").append(esc(title)).append("</title>")
                .append("<rect width='100%' height='100%' fill='#f8fafc' stroke='#cbd5e1'/>");
        for (Point p : points) {
            double x = pad + (p.lon() - minLon) * k * scale;
            double y = pad + 24 + (maxLat - p.lat()) * scale;
            String fill = p.integrated() ? "#16a34a" : "#dc2626";
            sb.append("<circle cx='").append(fmt(x)).append("' cy='").append(fmt(y)).append("' r='")
                    .append(p.highlighted() ? 8 : 5).append("' fill='").append(fill)
                    .append(p.highlighted() ? "' stroke='#111827' stroke-width='2'" : "' fill-opacity='0.8'")
                    .append(" data-ine='").append(esc(p.ineCode())).append("'><title>").append(esc(p.name()))
                    .append("</title></circle>");
        }
        sb.append("<circle cx='20' cy='14' r='5' fill='#16a34a'/><text x='30' y='18' font-size='12'>")
                .append(esc(integratedLabel)).append("</text>");
        sb.append("<circle cx='160' cy='14' r='5' fill='#dc2626'/><text x='170' y='18' font-size='12'>")
                .append(esc(pendingLabel)).append("</text>");
        return sb.append("</svg>").toString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
