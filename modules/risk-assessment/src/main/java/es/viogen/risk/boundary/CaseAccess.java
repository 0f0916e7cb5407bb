package es.viogen.risk.boundary;

import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseSummary;
import es.viogen.platform.api.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Access to cases through intake's published {@link CaseQueries}. Resolved lazily so the module deploys before
 * intake's implementation exists; without it every case-bound operation is refused (fail closed).
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    Instance<CaseQueries> cases;

    /** Checks the current actor's scope on the case (403/404 otherwise) and audits the read with the purpose. */
    public CaseSummary requireReadable(long caseId, String purpose) {
        if (!cases.isResolvable()) {
            throw new RuleViolation("CASE_REGISTRY_UNAVAILABLE", "risk.case.registryUnavailable");
        }
        return cases.get().requireReadable(caseId, purpose);
    }

    /** No access check: for the system's own reactions to events. */
    public Optional<CaseSummary> find(long caseId) {
        return cases.isResolvable() ? cases.get().find(caseId) : Optional.empty();
    }
}
