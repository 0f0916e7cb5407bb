package es.viogen.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;
import es.viogen.platform.api.IneCode;

import java.time.Instant;

/** The complaint (atestado) that opens the case. {@code municipalityCode}: INE code where the facts happened. */
public record NewComplaint(@Size(max = 40) @PlainText String atestadoNumber,
                           @NotNull @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START) Instant filedAt,
                           @Size(max = 300) @PlainText String place,
                           @NotBlank @IneCode String municipalityCode,
                           @NotNull ComplaintChannel channel,
                           @Size(max = 4000) @PlainText(multiline = true) String summary) {
}
