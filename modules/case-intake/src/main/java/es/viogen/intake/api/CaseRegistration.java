package es.viogen.intake.api;

/**
 * Registers a complaint as a new case (people through the intake wizard, partners through REST and SOAP).
 * Validates everything first ({@code InvalidInput} with the fields, nothing written), then writes the case, its
 * persons, minors and complaint in one transaction, audits the creation and publishes {@link CaseOpened}.
 */
public interface CaseRegistration {

    CaseRef register(NewCase newCase);
}
