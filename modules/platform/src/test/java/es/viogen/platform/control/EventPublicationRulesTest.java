package es.viogen.platform.control;

import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RiskLevel;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class EventPublicationRulesTest {

    public record Sample(long caseId, RiskLevel previous, RiskLevel level, boolean flag, Instant at, LocalDate on) {
    }

    @Test
    void anEventRecordSurvivesTheRoundTripIncludingNullsEnumsAndTimes() {
        Sample s = new Sample(42L, null, RiskLevel.ALTO, true, Instant.parse("2026-03-01T10:15:30.123Z"),
                LocalDate.of(2026, 3, 2));
        String json = EventCodec.write(s);
        assertTrue(json.contains("\"caseId\":42"), json);
        assertTrue(json.contains("\"level\":\"ALTO\""), json);
        assertEquals(s, EventCodec.read(json, Sample.class));
    }

    @Test
    void backoffGrowsAndStopsAtTenMinutesAndOnlyNonCriticalListenersAreGivenUp() {
        assertEquals(Duration.ofSeconds(5), PublicationBackoff.delayAfter(1));
        assertEquals(Duration.ofSeconds(15), PublicationBackoff.delayAfter(2));
        assertEquals(Duration.ofMinutes(10), PublicationBackoff.delayAfter(7));
        assertEquals(Duration.ofMinutes(10), PublicationBackoff.delayAfter(1000));
        assertFalse(PublicationBackoff.givenUp(true, 1_000_000), "critical: forever");
        assertFalse(PublicationBackoff.givenUp(false, PublicationBackoff.NON_CRITICAL_ATTEMPTS - 1));
        assertTrue(PublicationBackoff.givenUp(false, PublicationBackoff.NON_CRITICAL_ATTEMPTS));
    }

    @Test
    void failuresAreClassifiedByTheirCauseNotShownAsClassNames() {
        assertEquals(PublicationError.DATABASE, PublicationError.of(
                new RuntimeException(new PersistenceException(new SQLException("connection refused")))));
        assertEquals(PublicationError.CONFLICT, PublicationError.of(new RuntimeException(new OptimisticLockException())));
        assertEquals(PublicationError.RULE, PublicationError.of(new RecordNotFound("Case", 1)));
        assertEquals(PublicationError.UNKNOWN_LISTENER, PublicationError.of(
                new PublicationError.Refused(PublicationError.UNKNOWN_LISTENER, "gone", null)));
        assertEquals(PublicationError.INTERNAL, PublicationError.of(new IllegalStateException("bug")));
    }
}
