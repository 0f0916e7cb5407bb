package es.viogen.platform.api;

import java.util.List;
import java.util.Objects;

/**
 * An alert to raise for a unit (and optionally one person in it).
 *
 * @param unitId      the unit whose people see it
 * @param username    a single addressee inside the unit, or null for the whole unit
 * @param type        a stable code, e.g. {@code REASSESSMENT_OVERDUE}
 * @param messageKey  bundle key of the text shown; {@code messageArgs} fill its placeholders (no personal data)
 * @param link        relative URL of the record the alert is about
 * @param dedupKey    identifies the due item: the same key raises at most one alert, whatever the number of
 *                    instances or retries (e.g. {@code REASSESSMENT_OVERDUE:case:42:2026-11-30})
 */
public record AlertRequest(long unitId, String username, String type, AlertSeverity severity, String recordType,
                           String recordId, String link, String messageKey, List<String> messageArgs,
                           String dedupKey) {

    public AlertRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(dedupKey, "dedupKey");
        messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
    }
}
