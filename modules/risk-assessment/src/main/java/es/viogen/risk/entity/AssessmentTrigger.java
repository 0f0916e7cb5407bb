package es.viogen.risk.entity;

/** Why an assessment was owed. */
public enum AssessmentTrigger {
    /** The initial VPR of a newly opened case. */
    CASE_OPENED,
    /** An incident that requires an immediate VPER. */
    INCIDENT,
    /** A previous assessment had too many unknowns, or the victim could not be asked safely. */
    FOLLOW_UP,
    /** A new complaint reactivated an inactive case: a new VPR is owed (reference §1.3, 7). */
    REACTIVATED,
    /** The victim asked for a review of her risk (a VPER due now). */
    VICTIM_REQUEST,
    /** Submitted without a pending one (e.g. a periodic VPER the officer did on the day). */
    ON_DEMAND
}
