package es.viogen.risk.api;

import java.util.Optional;

public interface RiskQueries {

    /** The latest submitted assessment of the case; callers check access through intake's CaseQueries first. */
    Optional<RiskStatus> current(long caseId);

    /**
     * When the follow-up the case owes is due (the 3-day VPER of a low-confidence or incomplete assessment, or of a
     * victim who could not be asked safely), so the follow-up scheduler holds it as a deadline. The other owed
     * assessments have their own deadlines there: the VPR (24 h after opening or reactivation), an incident's VPER (now).
     */
    default Optional<java.time.Instant> followUpDue(long caseId) {
        return Optional.empty();
    }
}
