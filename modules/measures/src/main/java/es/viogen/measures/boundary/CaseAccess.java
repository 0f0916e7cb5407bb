package es.viogen.measures.boundary;

import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseSummary;
import es.viogen.measures.control.PlanKeeper;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RecordNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Access to a case for the current actor. Intake decides when it knows the case ({@code requireReadable}: scope
 * check and READ audit); otherwise this module's read model (kept from intake's events) gives the owner and place,
 * checked with the same {@link AccessScope} and audited the same way.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    PlanKeeper plans;

    @Inject
    Instance<CaseQueries> caseQueries;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    public FollowedCase requireReadable(long caseId, String purpose) {
        Optional<CaseSummary> known = intakeKnows(caseId);
        if (known.isPresent()) {
            CaseSummary s = caseQueries.get().requireReadable(caseId, purpose);
            return plans.find(caseId).orElseGet(() -> plans.follow(s.caseId(), s.caseNumber(), s.unitId(),
                    s.territory(), s.openedAt()));
        }
        FollowedCase c = plans.find(caseId).orElseThrow(() -> new RecordNotFound("Case", caseId));
        scope.requireRead(c.location(), "Case", Long.toString(caseId));
        audit.record(AuditAction.READ, "Case", Long.toString(caseId), purpose);
        return c;
    }

    /** Whether intake is deployed and knows the case (asked without an access check, then checked by intake). */
    public boolean intakeKnowsCase(long caseId) {
        return intakeKnows(caseId).isPresent();
    }

    private Optional<CaseSummary> intakeKnows(long caseId) {
        return caseQueries.isResolvable() ? caseQueries.get().find(caseId) : Optional.empty();
    }
}
