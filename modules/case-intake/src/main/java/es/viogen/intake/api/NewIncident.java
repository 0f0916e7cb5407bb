package es.viogen.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;

import java.time.Instant;

/** An incident to record; {@code source}: who reported it (victim, police, court, prison administration...). */
public record NewIncident(@NotNull IncidentType type,
                          @NotNull @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START) Instant occurredAt,
                          @Size(max = 300) @PlainText String place,
                          @NotBlank @Size(max = 4000) @PlainText(multiline = true) String description,
                          @NotBlank @Size(max = 200) @PlainText String source) {
}
