package es.viogen.risk.control;

import es.viogen.intake.api.IncidentType;

import java.util.Optional;

/**
 * What counts as an outcome after an assessment (issue 14): a new aggression, a threat, a breach of a measure, a new
 * complaint, and a serious outcome (serious injury or killing, counted once the regional unit confirmed it).
 */
public enum OutcomeKind {
    AGGRESSION, THREAT, BREACH, COMPLAINT, SERIOUS;

    /**
     * The outcome an incident of this type is, as recorded by the unit. A serious injury or a killing is an
     * aggression as soon as it is recorded; it is also {@link #SERIOUS} once confirmed (a separate event).
     */
    public static Optional<OutcomeKind> ofIncident(IncidentType type) {
        return switch (type) {
            case NEW_AGGRESSION, SERIOUS_INJURY, FEMINICIDE -> Optional.of(AGGRESSION);
            case THREAT -> Optional.of(THREAT);
            case BREACH_OF_MEASURE -> Optional.of(BREACH);
            default -> Optional.empty();
        };
    }
}
