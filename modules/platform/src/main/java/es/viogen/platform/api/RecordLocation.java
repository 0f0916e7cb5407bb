package es.viogen.platform.api;

/** Who owns a record and where it sits, for access decisions. */
public record RecordLocation(Long owningUnitId, Territory territory) {
}
