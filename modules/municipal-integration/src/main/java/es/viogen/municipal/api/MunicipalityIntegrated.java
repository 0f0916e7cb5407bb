package es.viogen.municipal.api;

import java.time.Instant;

public record MunicipalityIntegrated(String ineCode, long localPoliceUnitId, Instant integratedAt) {
}
