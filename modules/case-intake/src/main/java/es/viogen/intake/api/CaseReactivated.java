package es.viogen.intake.api;

import java.time.Instant;

/** An inactive or supervised case became active again (new complaint or incident). */
public record CaseReactivated(long caseId, Instant at) {
}
