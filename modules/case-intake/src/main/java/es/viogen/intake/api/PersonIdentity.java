package es.viogen.intake.api;

import java.time.LocalDate;

/** Identity of a victim or aggressor as given at intake. The document is validated (DNI/NIE check letter). */
public record PersonIdentity(String firstName, String lastName1, String lastName2, DocumentType documentType,
                             String documentNumber, LocalDate birthDate, String nationality) {
}
