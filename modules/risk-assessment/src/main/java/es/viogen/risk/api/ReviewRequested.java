package es.viogen.risk.api;

import java.time.Instant;

/** The victim asked for a review of her risk (recorded on the case); a VPER is due now. */
public record ReviewRequested(long caseId, long requestId, Instant requestedAt) {
}
