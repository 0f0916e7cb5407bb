package es.viogen.intake.api;

import java.util.Optional;

/** Reading cases from other modules. */
public interface CaseQueries {

    /** No access check: for the system's own work (schedulers, event reactions). */
    Optional<CaseSummary> find(long caseId);

    /**
     * For work done on behalf of the current actor: checks the actor's territory scope (403 {@code AccessDenied},
     * audited, when outside it; {@code RecordNotFound} when absent) and writes a READ audit row with the purpose.
     */
    CaseSummary requireReadable(long caseId, String purpose);
}
