package es.viogen.measures.api;

import java.util.Optional;

public interface FollowUpQueries {

    /** Callers check access through intake's CaseQueries first. */
    Optional<PlanView> plan(long caseId);
}
