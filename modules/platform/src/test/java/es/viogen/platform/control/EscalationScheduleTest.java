package es.viogen.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscalationScheduleTest {

    private final EscalationSchedule schedule = EscalationSchedule.parse(EscalationSchedule.DEFAULT);

    @Test
    void theDefaultGoesToTheSupervisorAfterAnHourThenToTheRegionalUnitAfterFour() {
        assertEquals(List.of(new EscalationSchedule.Step(1, Duration.ofHours(1), EscalationSchedule.Target.UNIT_SUPERVISOR),
                new EscalationSchedule.Step(2, Duration.ofHours(4), EscalationSchedule.Target.REGIONAL_UNIT)), schedule.steps());
    }

    @Test
    void onlyStepsWhoseTimeHasComeAndNotYetDoneAreDue() {
        assertTrue(schedule.due(0, Duration.ofMinutes(59)).isEmpty());
        assertEquals(1, schedule.due(0, Duration.ofMinutes(60)).size());
        assertTrue(schedule.due(1, Duration.ofMinutes(61)).isEmpty(), "stage 1 done, stage 2 not yet");
        assertEquals(2, schedule.due(1, Duration.ofHours(4)).get(0).stage());
        assertEquals(2, schedule.due(0, Duration.ofHours(5)).size(), "a late pass does both, in order");
        assertTrue(schedule.due(2, Duration.ofDays(3)).isEmpty());
    }

    @Test
    void malformedSchedulesAreRefusedNamingTheStep() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EscalationSchedule.parse("1h:UNIT_SUPERVISOR"))
                .getMessage().contains("bad duration"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EscalationSchedule.parse("PT1H:CHIEF"))
                .getMessage().contains("unknown target"));
        assertThrows(IllegalArgumentException.class, () -> EscalationSchedule.parse("PT4H:REGIONAL_UNIT,PT1H:UNIT_SUPERVISOR"));
        assertTrue(EscalationSchedule.parse("").steps().isEmpty());
    }
}
