package es.viogen.platform.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * When an unacknowledged critical alert is escalated, and to whom: protocol data, given as
 * {@code <ISO-8601 duration>:<target>} steps separated by commas, e.g. {@code PT1H:UNIT_SUPERVISOR,PT4H:REGIONAL_UNIT}
 * (after 1 h to the supervisors of the alert's unit, after 4 h to the regional coordination unit). Delays must grow
 * strictly; targets are {@link Target}s. Pure; unit-tested.
 */
public record EscalationSchedule(List<Step> steps) {

    public static final String DEFAULT = "PT1H:UNIT_SUPERVISOR,PT4H:REGIONAL_UNIT";

    public enum Target { UNIT_SUPERVISOR, REGIONAL_UNIT }

    /** Stage {@code stage} (1-based) happens {@code after} the alert was raised. */
    public record Step(int stage, Duration after, Target target) {
    }

    public EscalationSchedule {
        steps = List.copyOf(steps);
    }

    public static EscalationSchedule parse(String text) {
        List<Step> steps = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new EscalationSchedule(steps);
        }
        Duration previous = Duration.ZERO;
        for (String part : text.split(",")) {
            String[] p = part.trim().split(":");
            if (p.length != 2) {
                throw new IllegalArgumentException("escalation step '" + part.trim() + "': expected <duration>:<target>");
            }
            Duration after;
            try {
                after = Duration.parse(p[0].trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("escalation step '" + part.trim() + "': bad duration " + p[0].trim());
            }
            Target target;
            try {
                target = Target.valueOf(p[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("escalation step '" + part.trim() + "': unknown target " + p[1].trim());
            }
            if (after.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("escalation delays must grow: " + text);
            }
            previous = after;
            steps.add(new Step(steps.size() + 1, after, target));
        }
        return new EscalationSchedule(steps);
    }

    /** The steps due for an alert raised {@code age} ago that has reached {@code stage} so far, in order. */
    public List<Step> due(int stage, Duration age) {
        return steps.stream().filter(s -> s.stage() > stage && age.compareTo(s.after()) >= 0).toList();
    }
}
