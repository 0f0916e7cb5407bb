package es.viogen.platform.api;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One figure of the monthly statistics as a module computes it from its own history: a count for a month, a place
 * (the case's or the town's region and province, INE codes; {@code ""} when unknown), a metric and a dimension of it
 * (a risk level, an age band, {@code TOTAL}). The statistics module stores these as a month's snapshot cells.
 */
public record MonthlyCount(YearMonth month, String regionCode, String provinceCode, String metric, String dimension,
                           long value) {

    public MonthlyCount {
        regionCode = regionCode == null ? "" : regionCode;
        provinceCode = provinceCode == null ? "" : provinceCode;
    }

    /** Months begin and end at midnight in Spain's peninsular time. */
    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    public static Instant start(YearMonth m) {
        return m.atDay(1).atStartOfDay(MADRID).toInstant();
    }

    /** The end of a month: the first instant of the next one (a figure "at the end" counts what happened before it). */
    public static Instant end(YearMonth m) {
        return start(m.plusMonths(1));
    }

    /**
     * The months' starts (or ends) as one PostgreSQL {@code timestamptz[]} literal, for a set-based query over all
     * of them: {@code unnest(CAST(?1 AS timestamptz[]), CAST(?2 AS timestamptz[])) WITH ORDINALITY}.
     */
    public static String pgArray(List<YearMonth> months, boolean ends) {
        return months.stream().map(m -> (ends ? end(m) : start(m)).toString()).collect(Collectors.joining(",", "{", "}"));
    }
}
