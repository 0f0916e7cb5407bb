package es.viogen.intake.api;

import java.time.Instant;

/** An incident to record; {@code source}: who reported it (victim, police, court, prison administration...). */
public record NewIncident(IncidentType type, Instant occurredAt, String place, String description, String source) {
}
