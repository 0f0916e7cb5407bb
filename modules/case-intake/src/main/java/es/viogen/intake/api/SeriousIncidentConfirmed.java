package es.viogen.intake.api;

import java.time.Instant;

/**
 * The regional unit confirmed a serious incident (serious injury or feminicidio) recorded by the case's unit:
 * {@code occurredAt} is when it happened, {@code confirmedAt} when it was confirmed.
 */
public record SeriousIncidentConfirmed(long caseId, long incidentId, IncidentType type, Instant occurredAt,
                                       Instant confirmedAt) {
}
