package es.viogen.partners.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

class BackoffTest {

    @Test
    void delaysDoubleFromThirtySecondsUpToOneHour() {
        assertEquals(Duration.ofSeconds(30), Backoff.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), Backoff.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), Backoff.delayAfter(3));
        assertEquals(Duration.ofHours(1), Backoff.delayAfter(30));
        assertEquals(Duration.ZERO, Backoff.delayAfter(0));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertFalse(Backoff.exhausted(Backoff.MAX_ATTEMPTS - 1));
        assertTrue(Backoff.exhausted(Backoff.MAX_ATTEMPTS));
    }
}
