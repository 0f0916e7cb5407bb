package es.viogen.measures.api;

import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A judicial order received from a court; {@code distanceMetres} for restraining distances. */
public record NewJudicialOrder(@NotNull JudicialOrderType type,
                               @NotBlank @Size(max = 200) @PlainText String court,
                               @NotBlank @Size(max = 60) @PlainText String procedureNumber,
                               @NotNull @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START, maxYearsAhead = 1) LocalDate startsOn,
                               @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START, maxYearsAhead = 20) LocalDate endsOn,
                               @Min(1) @Max(100_000) Integer distanceMetres,
                               @Size(max = 2000) @PlainText(multiline = true) String notes) {
}
