package es.viogen.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;

import java.time.LocalDate;

/** Identity of a victim or aggressor as given at intake. The document is validated (DNI/NIE check letter). */
public record PersonIdentity(@NotBlank @Size(max = 100) @PlainText String firstName,
                             @NotBlank @Size(max = 100) @PlainText String lastName1,
                             @Size(max = 100) @PlainText String lastName2,
                             @NotNull DocumentType documentType,
                             @Size(max = 30) @PlainText String documentNumber,
                             @PlausibleDate(maxYearsBack = 120) LocalDate birthDate,
                             @Size(max = 60) @PlainText String nationality) {
}
