package es.viogen.risk.api;

import java.time.Instant;

/**
 * A case became <em>de especial relevancia</em> ({@code ESPECIAL_RELEVANCIA}) or got <em>menores en situación de
 * riesgo</em> ({@code MINORS_AT_RISK}) for the first time (the flags stay until lifted, so this happens once per
 * setting). Courts and prosecutors are told by <em>diligencia</em>. Fired in the submitting transaction.
 */
public record CaseFlagRaised(long caseId, long assessmentId, String flag, Instant raisedAt) {

    public static final String ESPECIAL_RELEVANCIA = "ESPECIAL_RELEVANCIA";
    public static final String MINORS_AT_RISK = "MINORS_AT_RISK";
}
