package es.viogen.municipal.entity;

/** Stages of a council's adhesion to VioGén (bundle keys {@code adhesionStatus.<NAME>}). */
public enum AdhesionStatus {
    NOT_STARTED, REQUESTED, AGREEMENT_IN_PREPARATION, SIGNED, TRAINING, INTEGRATED, REJECTED, WITHDRAWN;

    /** Whether a request is under way (neither integrated nor closed). */
    public boolean isPending() {
        return this != INTEGRATED;
    }
}
