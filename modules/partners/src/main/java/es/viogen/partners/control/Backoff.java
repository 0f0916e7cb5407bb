package es.viogen.partners.control;

import java.time.Duration;

/**
 * Exponential backoff of outbound retries: 30 s, 1 min, 2 min, 4 min ... capped at 1 h; after {@link #MAX_ATTEMPTS}
 * failed attempts the delivery is FAILED (an administrator can replay it).
 */
public final class Backoff {

    public static final int MAX_ATTEMPTS = 8;
    static final Duration BASE = Duration.ofSeconds(30);
    static final Duration CAP = Duration.ofHours(1);

    private Backoff() {
    }

    /** Delay before the next attempt after {@code attemptsMade} failed attempts (1 = the first one failed). */
    public static Duration delayAfter(int attemptsMade) {
        if (attemptsMade < 1) {
            return Duration.ZERO;
        }
        int shift = Math.min(attemptsMade - 1, 20);
        Duration d = BASE.multipliedBy(1L << shift);
        return d.compareTo(CAP) > 0 ? CAP : d;
    }

    public static boolean exhausted(int attemptsMade) {
        return attemptsMade >= MAX_ATTEMPTS;
    }
}
