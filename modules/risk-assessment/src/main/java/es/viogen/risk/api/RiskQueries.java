package es.viogen.risk.api;

import java.util.Optional;

public interface RiskQueries {

    /** The latest submitted assessment of the case; callers check access through intake's CaseQueries first. */
    Optional<RiskStatus> current(long caseId);

    /**
     * When the earliest assessment the case still owes is due (a pending VPR, an incident's VPER, the 3-day follow-up
     * of a low-confidence or incomplete assessment), so the follow-up scheduler can hold it as a deadline.
     */
    default Optional<java.time.Instant> earliestOwed(long caseId) {
        return Optional.empty();
    }
}
