package es.viogen.statistics.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsExportTest {

    static final StatisticsExport.Labels LABELS = new StatisticsExport.Labels("Estadística", "Castilla y León", "Cifra",
            "2026-10", "Mes anterior", "Variación", "Nota", Figure::key);

    @Test
    void countsOfOneToFourLeaveTheSystemAsLessThanFiveAndTheirChangeIsNotGiven() {
        MonthFigures now = new MonthFigures(YearMonth.of(2026, 10), Instant.now(), "MONTH_END",
                Map.of("ACTIVE_CASES.TOTAL", 5534L, "ACTIVE_BY_LEVEL.EXTREMO", 3L, "ACTIVE_BY_LEVEL.ALTO", 0L,
                        "NEW_CASES.TOTAL", 12L));
        MonthFigures before = new MonthFigures(YearMonth.of(2026, 9), Instant.now(), "MONTH_END",
                Map.of("ACTIVE_CASES.TOTAL", 5500L, "ACTIVE_BY_LEVEL.EXTREMO", 1L, "NEW_CASES.TOTAL", 4L));
        String csv = new String(StatisticsExport.csv(now, before, LABELS), StandardCharsets.UTF_8);
        // the platform's formula-neutralising rule quotes a leading + or -
        assertTrue(csv.contains("ACTIVE_CASES.TOTAL;5534;5500;'+34"), csv);
        assertTrue(csv.contains("ACTIVE_BY_LEVEL.EXTREMO;<5;<5;—"), csv);
        assertTrue(csv.contains("ACTIVE_BY_LEVEL.ALTO;0;0;0"), "zero is not a person: " + csv);
        assertTrue(csv.contains("NEW_CASES.TOTAL;12;<5;—"), csv);
        assertFalse(csv.contains(";3;"), csv);
        assertTrue(StatisticsExport.xlsx(now, before, LABELS).length > 1000);
        byte[] pdf = StatisticsExport.pdf(now, null, LABELS);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void perLevelTotalsAreTheSumOfTheirLevels() {
        Map<String, Long> v = MonthFigures.sum(List.of(new Object[] {"ESPECIAL_RELEVANCIA", "ALTO", 2L},
                new Object[] {"ESPECIAL_RELEVANCIA", "MEDIO", 7L}, new Object[] {"ACTIVE_CASES", "TOTAL", 9L},
                new Object[] {"ACTIVE_CASES", "TOTAL", 1L}));
        assertEquals(9L, v.get("ESPECIAL_RELEVANCIA.TOTAL"));
        assertEquals(10L, v.get("ACTIVE_CASES.TOTAL"));
        assertEquals(Figure.ALL.size(), Figure.ALL.stream().map(Figure::key).distinct().count());
    }
}
