package es.viogen.partners.control;

import es.viogen.intake.api.IncidentType;

import java.time.Instant;
import java.time.LocalDate;

/** A prison event as received from prison administration (REST or SOAP). */
public record NewPrisonEvent(Long caseId, IncidentType type, Instant occurredAt, LocalDate startsOn, LocalDate endsOn,
                             String facility, String reason) {
}
