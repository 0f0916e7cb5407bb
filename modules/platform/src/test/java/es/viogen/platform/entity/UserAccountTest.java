package es.viogen.platform.entity;

import es.viogen.platform.api.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        UserAccount u = new UserAccount("a", "A", "h", Role.POLICE_OFFICER, null);
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            assertFalse(u.recordFailure(now), "failure " + (i + 1) + " must not lock");
        }
        assertTrue(u.recordFailure(now));
        assertTrue(u.isLocked(now.plusSeconds(14 * 60)));
        assertFalse(u.isLocked(now.plusSeconds(15 * 60 + 1)));
        assertEquals(now.plus(UserAccount.LOCKOUT), u.getLockedUntil());
    }

    @Test
    void aSuccessResetsTheCount() {
        UserAccount u = new UserAccount("a", "A", "h", Role.POLICE_OFFICER, null);
        Instant now = Instant.now();
        u.recordFailure(now);
        u.recordFailure(now);
        u.recordSuccess(now);
        assertEquals(0, u.getFailedAttempts());
        for (int i = 0; i < 4; i++) {
            assertFalse(u.recordFailure(now));
        }
    }
}
