package es.viogen.measures.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DueStageTest {

    private final Instant due = Instant.parse("2026-11-30T10:00:00Z");
    private final Duration lead = Duration.ofHours(24);
    private final Duration grace = Duration.ofHours(48);

    @Test
    void comingDueRaisesTheDueAlertAndWaitsForTheDueMoment() {
        DueStage.Decision d = DueStage.decide(DueStage.NONE, due, lead, grace, due.minus(Duration.ofHours(2)));
        assertEquals(List.of(DueStage.DUE), d.raise());
        assertEquals(due, d.nextCheck());
    }

    @Test
    void nothingBeforeTheLead() {
        DueStage.Decision d = DueStage.decide(DueStage.NONE, due, lead, grace, due.minus(Duration.ofDays(3)));
        assertTrue(d.raise().isEmpty());
        assertEquals(due.minus(lead), d.nextCheck());
    }

    @Test
    void overdueAfterTheDueMomentThenEscalatedAfterTheGrace() {
        DueStage.Decision d = DueStage.decide(DueStage.DUE, due, lead, grace, due.plusSeconds(30));
        assertEquals(List.of(DueStage.OVERDUE), d.raise());
        assertEquals(due.plus(grace), d.nextCheck());
        DueStage.Decision e = DueStage.decide(DueStage.OVERDUE, due, lead, grace, due.plus(grace));
        assertEquals(List.of(DueStage.ESCALATED), e.raise());
        assertNull(e.nextCheck(), "nothing more for this due date");
    }

    @Test
    void aLatePassSkipsTheDueNoticeButStillRaisesOverdueAndEscalation() {
        DueStage.Decision d = DueStage.decide(DueStage.NONE, due, lead, grace, due.plus(Duration.ofDays(5)));
        assertEquals(List.of(DueStage.OVERDUE, DueStage.ESCALATED), d.raise());
        assertEquals(DueStage.ESCALATED, d.reached());
    }

    @Test
    void anItemAlreadyEscalatedRaisesNothingAgain() {
        DueStage.Decision d = DueStage.decide(DueStage.ESCALATED, due, lead, grace, due.plus(Duration.ofDays(9)));
        assertTrue(d.raise().isEmpty());
        assertNull(d.nextCheck());
    }

    @Test
    void withoutLeadTheFirstCheckIsTheDueMoment() {
        assertEquals(due, DueStage.nextCheck(DueStage.NONE, due, Duration.ZERO, grace));
        assertEquals(List.of(DueStage.OVERDUE), DueStage.decide(DueStage.NONE, due, Duration.ZERO, grace, due).raise());
    }
}
