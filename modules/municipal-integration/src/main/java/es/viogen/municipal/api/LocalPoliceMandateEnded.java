package es.viogen.municipal.api;

import java.time.Instant;

/**
 * A municipality's local police lost its mandate: the adhesion was withdrawn or its agreement expired. Fired in the
 * transaction that ends it, after the unit's accounts were deactivated; the case registry hands the unit's cases to
 * the state police in that same transaction.
 *
 * @param reason {@code WITHDRAWN} or {@code EXPIRED}
 */
public record LocalPoliceMandateEnded(String ineCode, long localPoliceUnitId, String reason, Instant at) {
}
