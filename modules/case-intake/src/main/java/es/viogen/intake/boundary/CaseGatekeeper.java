package es.viogen.intake.boundary;

import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.entity.Case;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CaseGate;
import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The case-access gate ({@link CaseGate}): the only class that decides whether the current actor may read or change a
 * case. Intake's own pages and services, its published {@link es.viogen.intake.api.CaseQueries} (risk, measures,
 * partners) and the platform's {@link CaseGate} (municipal) all pass here. A refusal is audited once (ACCESS_DENIED)
 * and answered as {@link AccessDenied} (403); an unknown case as {@link RecordNotFound} (404).
 */
@ApplicationScoped
public class CaseGatekeeper implements CaseGate {

    @Inject
    CaseRepository repository;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Override
    @Transactional
    public RecordLocation requireReadable(long caseId, String purpose) {
        return read(caseId, purpose).location();
    }

    /** The case for a read by the current actor, READ audited with the purpose. */
    Case read(long caseId, String purpose) {
        Case c = readable(caseId);
        audit.record(AuditAction.READ, "Case", String.valueOf(caseId), purpose);
        return c;
    }

    /** The case if the current actor may read it (the caller audits what it then reads). */
    Case readable(long caseId) {
        Case c = repository.find(caseId).orElseThrow(() -> new RecordNotFound("Case", caseId));
        scope.requireRead(c.location(), "Case", String.valueOf(caseId));
        return c;
    }

    /** Whether the current actor may read the case (for filtering matches; nothing audited). */
    boolean visible(Case c) {
        return scope.canRead(c.location());
    }

    /** Whether the current actor may read cases the unit owns in the unit's own territory (the list's unit filter). */
    boolean mayReadCasesOf(UnitView unit) {
        return scope.canRead(new RecordLocation(unit.id(), unit.territory()));
    }

    /**
     * Loads a case for a change by the current actor: it must exist, be readable, and the actor must work cases.
     * Locks the case row for the change (two officers changing it at once are serialised).
     */
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
