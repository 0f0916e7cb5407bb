package es.viogen.measures.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The alert stages of one due item (a re-assessment or a recurring measure) and the scheduler's decision for it.
 * An item moves NONE -> DUE (coming due) -> OVERDUE -> ESCALATED (to the regional unit); a pass that finds it late
 * skips the stages whose moment has passed but still raises the overdue and escalation alerts. Pure.
 */
public enum DueStage {
    NONE, DUE, OVERDUE, ESCALATED;

    /** What to raise now and when to look again ({@code nextCheck} null: nothing more to do for this due date). */
    public record Decision(List<DueStage> raise, DueStage reached, Instant nextCheck) {
    }

    /**
     * @param due   when the item is due
     * @param lead  how long before it is due a "coming due" alert goes out (zero: none)
     * @param grace how long after it is due it escalates
     */
    public static Decision decide(DueStage current, Instant due, Duration lead, Duration grace, Instant now) {
        List<DueStage> raise = new ArrayList<>();
        DueStage reached = current;
        Instant escalateAt = due.plus(grace);
        if (reached == NONE && !lead.isZero() && !now.isBefore(due.minus(lead)) && now.isBefore(due)) {
            raise.add(DUE);
            reached = DUE;
        }
        if ((reached == NONE || reached == DUE) && !now.isBefore(due)) {
            raise.add(OVERDUE);
            reached = OVERDUE;
        }
        if (reached == OVERDUE && !now.isBefore(escalateAt)) {
            raise.add(ESCALATED);
            reached = ESCALATED;
        }
        return new Decision(raise, reached, nextCheck(reached, due, lead, grace));
    }

    /** When an item at {@code stage} needs the scheduler again. */
    public static Instant nextCheck(DueStage stage, Instant due, Duration lead, Duration grace) {
        return switch (stage) {
            case NONE -> lead.isZero() ? due : due.minus(lead);
            case DUE -> due;
            case OVERDUE -> due.plus(grace);
            case ESCALATED -> null;
        };
    }
}
