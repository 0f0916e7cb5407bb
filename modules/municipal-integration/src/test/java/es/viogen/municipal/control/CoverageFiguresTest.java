package es.viogen.municipal.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageFiguresTest {

    @Test
    void sixtyTwoOfSeventyOneIsEightySevenPointThree() {
        assertEquals(87.3, CoverageFigures.percentage(62, 71));
        assertEquals(88.7, CoverageFigures.percentage(63, 71));
        assertEquals(100.0, CoverageFigures.percentage(71, 71));
        assertEquals(0.0, CoverageFigures.percentage(0, 0));
    }

    @Test
    void progressTowardTheEndOf2026() {
        CoverageFigures.Progress p = CoverageFigures.progress(62, 71, LocalDate.of(2026, 11, 23));
        assertEquals(9, p.remaining());
        assertEquals(2, p.monthsLeft(), "November and December");
        assertEquals(4.5, p.neededPerMonth());
        assertFalse(p.targetReached());
        assertFalse(p.deadlinePassed());
    }

    @Test
    void afterTheDeadlineTheRemainderIsOverdue() {
        CoverageFigures.Progress p = CoverageFigures.progress(70, 71, LocalDate.of(2027, 1, 2));
        assertTrue(p.deadlinePassed());
        assertEquals(1, p.remaining());
        assertTrue(CoverageFigures.progress(71, 71, LocalDate.of(2026, 1, 1)).targetReached());
    }
}
