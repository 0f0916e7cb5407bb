package es.viogen.statistics.ui;

import java.util.List;

/** A small bar chart drawn as inline SVG on the server (no script: the pages' CSP allows none inline). */
final class Svg {

    private Svg() {
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String bars(String title, List<String> labels, List<Long> values) {
        int n = labels.size();
        int barW = 46;
        int gap = 12;
        int h = 160;
        int width = Math.max(200, n * (barW + gap) + gap);
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"vg-chart\" width=\"").append(width)
                .append("\" height=\"").append(h + 60).append("\" aria-label=\"").append(escape(title)).append("\">");
        b.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < n; i++) {
            long v = values.get(i);
            int bh = (int) Math.round((double) v / max * h);
            int x = gap + i * (barW + gap);
            b.append("<rect x=\"").append(x).append("\" y=\"").append(20 + h - bh).append("\" width=\"").append(barW)
                    .append("\" height=\"").append(bh).append("\" fill=\"#6a1b9a\"><title>").append(escape(labels.get(i)))
                    .append(": ").append(v).append("</title></rect>");
            b.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(15 + h - bh)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(v).append("</text>");
            b.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(h + 36)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(escape(labels.get(i))).append("</text>");
        }
        b.append("</svg>");
        return b.toString();
    }
}
