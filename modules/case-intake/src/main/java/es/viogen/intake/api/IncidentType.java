package es.viogen.intake.api;

/**
 * Kinds of incident on a case. {@link #requiresReassessment()} says whether it forces an immediate VPER
 * (reference §1.7: aggression, threat, breach, relationship resumed, relocation, aggressor unlocated, prison events,
 * change of judicial measures, new information from partners).
 */
public enum IncidentType {
    NEW_AGGRESSION(true),
    THREAT(true),
    /** Breach of a protection measure: a crime under art. 468 of the Criminal Code. */
    BREACH_OF_MEASURE(true),
    RELATIONSHIP_RESUMED(true),
    VICTIM_MOVED(true),
    AGGRESSOR_MOVED(true),
    AGGRESSOR_UNLOCATED(true),
    PRISON_PERMIT(true),
    PRISON_RELEASE(true),
    PRISON_ADMISSION(true),
    JUDICIAL_MEASURE_CHANGED(true),
    PARTNER_INFORMATION(true),
    /**
     * A serious injury of the victim (lesiones graves): recorded by the unit; a serious outcome for the monitoring of
     * the risk instrument once the regional unit has confirmed it.
     */
    SERIOUS_INJURY(true),
    /** The victim was killed (feminicidio): recorded by the unit, confirmed by the regional unit. */
    FEMINICIDE(false),
    OTHER(false);

    private final boolean requiresReassessment;

    IncidentType(boolean requiresReassessment) {
        this.requiresReassessment = requiresReassessment;
    }

    public boolean requiresReassessment() {
        return requiresReassessment;
    }

    /** A serious outcome, which the regional unit confirms. */
    public boolean isSerious() {
        return this == SERIOUS_INJURY || this == FEMINICIDE;
    }

    public boolean isPrisonEvent() {
        return this == PRISON_PERMIT || this == PRISON_RELEASE || this == PRISON_ADMISSION;
    }
}
