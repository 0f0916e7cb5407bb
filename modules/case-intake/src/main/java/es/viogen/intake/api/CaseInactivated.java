package es.viogen.intake.api;

import java.time.Instant;

/** A case was inactivated, supervised (Instr. 2/2024) or not. */
public record CaseInactivated(long caseId, boolean supervised, Instant at) {
}
