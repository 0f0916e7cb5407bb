package es.viogen.risk.boundary;

import es.viogen.intake.api.CaseQueries;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Visibility;
import es.viogen.risk.control.AssessmentRepository;
import es.viogen.risk.control.PendingFilter;
import es.viogen.risk.control.AssessmentView;
import es.viogen.risk.control.AssessmentViews;
import es.viogen.risk.control.Instrument;
import es.viogen.risk.control.InstrumentCatalog;
import es.viogen.risk.entity.Assessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * What was assessed and what is owed: one assessment's result, a case's history and pending assessments (each read
 * through the case-access gate and audited), and the pending list of the actor's scope (the risk worklist).
 */
@ApplicationScoped
public class AssessmentHistory {

    @Inject
    AssessmentRepository repository;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    CaseQueries cases;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Transactional
    public AssessmentView view(long assessmentId, boolean spanish) {
        Assessment a = repository.find(assessmentId).orElseThrow(() -> new RecordNotFound(RiskAssessments.RECORD, assessmentId));
        cases.requireReadable(a.getCaseId(), "risk assessment: read result");
        audit.record(AuditAction.READ, RiskAssessments.RECORD, String.valueOf(assessmentId), "risk assessment result");
        return AssessmentViews.of(a, instrumentOf(a), spanish);
    }

    /** The submitted assessments of a case, oldest first. */
    @Transactional
    public List<AssessmentView> history(long caseId, boolean spanish) {
        cases.requireReadable(caseId, "risk assessment: history");
        return repository.history(caseId).stream().map(a -> AssessmentViews.of(a, instrumentOf(a), spanish)).toList();
    }

    @Transactional
    public List<AssessmentView> pendingOfCase(long caseId) {
        cases.requireReadable(caseId, "risk assessment: pending");
        return repository.pendingOf(caseId).stream().map(a -> AssessmentViews.of(a, null, true)).toList();
    }

    /**
     * The pending assessments the current actor may see, soonest due first: those its unit owes, or those of the cases
     * in its territory (the case's place, as in intake's case list; not the owing unit's). Partners and
     * administrators see none.
     */
    @Transactional
    public List<Assessment> pending(PendingFilter filter, int first, int max) {
        audit.record(AuditAction.SEARCH, RiskAssessments.RECORD, null, "pending risk assessments");
        return repository.pendingFor(pendingVisibility(), filter, first, max);
    }

    @Transactional
    public long countPending(PendingFilter filter) {
        return repository.countPendingFor(pendingVisibility(), filter);
    }

    private Visibility pendingVisibility() {
        Actor actor = scope.actor();
        return actor.role() == Role.ADMIN || actor.isPartner() ? Visibility.NONE : scope.visibility();
    }

    private Instrument instrumentOf(Assessment a) {
        return a.getInstrumentCode() == null ? null
                : catalog.instrument(a.getInstrumentCode(), a.getInstrumentVersion()).orElse(null);
    }
}
