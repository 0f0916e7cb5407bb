package es.viogen.platform.api;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a deadline is, as a person says it: «en 3 días», «en 5 h», «vencida hace 2 días». Rounded down to the
 * largest whole unit (days from 48 h, hours from 1 h, else minutes).
 */
public final class Countdown {

    private Countdown() {
    }

    public static boolean overdue(Instant due, Instant now) {
        return due.isBefore(now);
    }

    public static String of(Instant due, Instant now, Texts texts) {
        Duration left = Duration.between(now, due);
        boolean late = left.isNegative();
        Duration d = left.abs();
        String amount;
        if (d.toHours() >= 48) {
            amount = texts.get("countdown.days", d.toDays());
        } else if (d.toHours() >= 1) {
            amount = texts.get("countdown.hours", d.toHours());
        } else {
            amount = texts.get("countdown.minutes", Math.max(1, d.toMinutes()));
        }
        return texts.get(late ? "countdown.overdue" : "countdown.left", amount);
    }
}
