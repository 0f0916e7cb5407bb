package es.viogen.risk.control;

import es.viogen.risk.api.AssessmentKind;
import es.viogen.risk.entity.AssessmentTrigger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the officer narrows the pending list to: part of a case number, the kind, the trigger and how soon it is due.
 * Every part is optional; the SQL it adds binds every value.
 */
public record PendingFilter(String caseNumber, AssessmentKind kind, AssessmentTrigger trigger, Due due) {

    /** How soon the assessment is due, in Spain's calendar. */
    public enum Due {
        /** Past its deadline. */
        OVERDUE,
        /** Due before the end of today (overdue ones included). */
        TODAY,
        /** Due within the next seven days (overdue ones included). */
        WEEK
    }

    public static final PendingFilter NONE = new PendingFilter(null, null, null, null);

    private static final ZoneId SPAIN = ZoneId.of("Europe/Madrid");

    public PendingFilter {
        caseNumber = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
    }

    /** The SQL conditions (each starting with {@code AND}) over assessment alias {@code a}, and their values. */
    record Sql(String text, List<Object> params) {
    }

    Sql sql(Instant now) {
        StringBuilder text = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (caseNumber != null) {
            text.append(" AND upper(a.case_number) LIKE ? ESCAPE '\\'");
            params.add("%" + caseNumber.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (kind != null) {
            text.append(" AND a.kind = ?");
            params.add(kind.name());
        }
        if (trigger != null) {
            text.append(" AND a.trigger_kind = ?");
            params.add(trigger.name());
        }
        if (due != null) {
            text.append(" AND a.due_at < ?");
            params.add(java.sql.Timestamp.from(switch (due) {
                case OVERDUE -> now;
                case TODAY -> LocalDate.ofInstant(now, SPAIN).plusDays(1).atStartOfDay(SPAIN).toInstant();
                case WEEK -> now.plus(7, ChronoUnit.DAYS);
            }));
        }
        return new Sql(text.toString(), params);
    }
}
