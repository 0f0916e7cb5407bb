package es.viogen.municipal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Coverage arithmetic: integrated ÷ programme as a percentage with one decimal, and the progress toward the
 * programme's target (every municipality of the list integrated by {@link #TARGET_DATE}).
 */
public final class CoverageFigures {

    public static final LocalDate TARGET_DATE = LocalDate.of(2026, 12, 31);

    /** Progress toward the target: how many remain, months left, and the pace needed per month. */
    public record Progress(int remaining, long monthsLeft, double neededPerMonth, boolean targetReached,
                           boolean deadlinePassed) {
    }

    private CoverageFigures() {
    }

    public static double percentage(int integrated, int programme) {
        if (programme <= 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(integrated * 100L).divide(BigDecimal.valueOf(programme), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    public static Progress progress(int integrated, int programme, LocalDate today) {
        int remaining = Math.max(0, programme - integrated);
        boolean passed = today.isAfter(TARGET_DATE);
        long months = passed ? 0 : Math.max(1, ChronoUnit.MONTHS.between(today.withDayOfMonth(1),
                TARGET_DATE.withDayOfMonth(1)) + 1);
        double perMonth = remaining == 0 ? 0 : passed ? remaining : Math.ceil(remaining * 10.0 / months) / 10.0;
        return new Progress(remaining, months, perMonth, remaining == 0, passed);
    }
}
