package es.viogen.risk.api;

/**
 * The kinds of police risk assessment: the initial VPR, and the VPER (evolution) after an incident or periodically.
 */
public enum AssessmentKind {
    /** Valoración Policial del Riesgo: the initial assessment when a case opens. */
    VPR,
    /** Valoración Policial de Evolución del Riesgo after an incident that requires it. */
    VPER_INCIDENT,
    /** Valoración Policial de Evolución del Riesgo without incident (periodic). */
    VPER_PERIODIC;

    public boolean isVper() {
        return this != VPR;
    }
}
