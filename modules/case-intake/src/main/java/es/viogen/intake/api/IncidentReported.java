package es.viogen.intake.api;

import java.time.Instant;

/** An incident was recorded on a case; {@code requiresReassessment} makes a VPER due now. */
public record IncidentReported(long caseId, long incidentId, IncidentType type, boolean requiresReassessment,
                               Instant occurredAt, long unitId) {
}
