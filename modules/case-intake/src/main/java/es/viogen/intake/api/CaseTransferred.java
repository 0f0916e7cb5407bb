package es.viogen.intake.api;

import java.time.Instant;

/** A transfer was accepted: the case now belongs to {@code toUnitId}. */
public record CaseTransferred(long caseId, long fromUnitId, long toUnitId, Instant at) {
}
