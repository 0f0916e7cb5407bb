package es.viogen.intake.api;

import java.time.Instant;

/**
 * A new complaint about a victim and aggressor who already have a case was attached to that case instead of opening
 * a second one. {@code reactivated}: the case was inactive or supervised and is active again (it owes a new VPR).
 */
public record ComplaintAttached(long caseId, String caseNumber, long complaintId, long unitId, boolean reactivated,
                                Instant at) {
}
