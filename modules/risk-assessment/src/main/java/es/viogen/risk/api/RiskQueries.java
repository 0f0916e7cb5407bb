package es.viogen.risk.api;

import java.util.Optional;

public interface RiskQueries {

    /** The latest submitted assessment of the case; callers check access through intake's CaseQueries first. */
    Optional<RiskStatus> current(long caseId);
}
