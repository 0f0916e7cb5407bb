package es.viogen.platform.control;

import java.time.Duration;

/**
 * When an incomplete event publication is tried again: 5 s, 15 s, 30 s, 1, 2, 5 min, then every 10 min. A critical
 * listener is retried forever; a non-critical one is given up (FAILED) after {@link #NON_CRITICAL_ATTEMPTS}.
 */
public final class PublicationBackoff {

    /** How long a fresh publication waits for its after-commit delivery before the relay takes it. */
    public static final Duration FIRST_RELAY_AFTER = Duration.ofSeconds(15);

    public static final int NON_CRITICAL_ATTEMPTS = 12;

    private static final long[] SECONDS = {5, 15, 30, 60, 120, 300, 600};

    private PublicationBackoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
    public static Duration delayAfter(int attempts) {
        int i = Math.max(0, Math.min(attempts - 1, SECONDS.length - 1));
        return Duration.ofSeconds(SECONDS[i]);
    }

    public static boolean givenUp(boolean critical, int attempts) {
        return !critical && attempts >= NON_CRITICAL_ATTEMPTS;
    }
}
