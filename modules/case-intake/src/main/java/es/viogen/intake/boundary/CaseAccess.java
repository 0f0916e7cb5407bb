package es.viogen.intake.boundary;

import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.entity.Case;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Loads a case for a change by the current actor: it must exist, be readable, and the actor must work cases. */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CaseRepository repository;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /** Locks the case row for the change (two officers changing it at once are serialised). */
    public Case forChange(long caseId, String what) {
        Case c = repository.findForUpdate(caseId).orElseThrow(() -> new RecordNotFound("Case", caseId));
        scope.requireRead(c.location(), "Case", String.valueOf(caseId));
        Actor a = scope.actor();
        boolean mayChange = a.isSystem() || a.role() != null
                && (a.role().isOfficer() || a.role() == Role.REGIONAL_UNIT || a.role() == Role.PARTNER);
        if (!mayChange) {
            audit.record(AuditAction.ACCESS_DENIED, "Case", String.valueOf(caseId), what + ": role not allowed");
            throw new AccessDenied();
        }
        return c;
    }
}
