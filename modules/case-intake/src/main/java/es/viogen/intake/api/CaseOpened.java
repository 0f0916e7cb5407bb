package es.viogen.intake.api;

import java.time.Instant;

/** A case was opened (fired inside the intake transaction; observe AFTER_SUCCESS). */
public record CaseOpened(long caseId, String caseNumber, long unitId, String municipalityCode, Instant openedAt) {
}
