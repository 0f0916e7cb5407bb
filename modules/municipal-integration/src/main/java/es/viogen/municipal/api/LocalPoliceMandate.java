package es.viogen.municipal.api;

import es.viogen.platform.api.RiskLevel;

/** What an integrated municipality's local police may own under its agreement: cases up to {@code maxLevel}. */
public record LocalPoliceMandate(long unitId, String ineCode, RiskLevel maxLevel) {
}
