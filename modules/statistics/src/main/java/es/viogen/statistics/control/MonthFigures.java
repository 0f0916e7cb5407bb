package es.viogen.statistics.control;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A month's snapshot for one area (national, a region or a province): every published figure, summed from the
 * snapshot's province cells.
 */
public record MonthFigures(YearMonth month, Instant builtAt, String triggerKind, Map<String, Long> values) {

    public long value(Figure f) {
        return values.getOrDefault(f.key(), 0L);
    }

    public long value(String key) {
        return values.getOrDefault(key, 0L);
    }

    /** Sums cells (metric, dimension, value) into the figures, totals of per-level metrics included. */
    public static Map<String, Long> sum(List<Object[]> cells) {
        Map<String, Long> v = new LinkedHashMap<>();
        for (Object[] c : cells) {
            String metric = (String) c[0];
            long n = ((Number) c[2]).longValue();
            v.merge(metric + "." + c[1], n, Long::sum);
            if (List.of("ESPECIAL_RELEVANCIA", "MINORS_AT_RISK", "MINORS_VULNERABLE").contains(metric)) {
                v.merge(metric + ".TOTAL", n, Long::sum);
            }
        }
        return v;
    }
}
