package es.viogen.risk.boundary;

import es.viogen.intake.api.CaseOpened;
import es.viogen.intake.api.ComplaintAttached;
import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseSummary;
import es.viogen.risk.control.CasePlaces;
import es.viogen.intake.api.CaseTransferred;
import es.viogen.intake.api.IncidentReported;
import es.viogen.risk.api.AssessmentKind;
import es.viogen.risk.control.AssessmentRepository;
import es.viogen.risk.entity.Assessment;
import es.viogen.risk.entity.AssessmentTrigger;
import es.viogen.platform.api.DurableListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Reactions to intake's events, durable listeners of the platform's event publication registry: each runs after
 * intake's commit in a transaction of its own that also completes its publication, and again after a failure or a
 * crash. Idempotent (unique keys with ON CONFLICT DO NOTHING), so a repeated run never owes an assessment twice.
 */
@ApplicationScoped
public class CaseEvents {

    @Inject
    AssessmentRepository repository;

    @Inject
    CaseQueries cases;

    @Inject
    CasePlaces places;

    @Inject
    es.viogen.risk.control.CaseRiskStore facts;

    /** A new case owes its initial VPR, to the responsible unit, now. */
    @DurableListener("risk.vpr-owed-on-case-opened")
    public void caseOpened(CaseOpened e) {
        Instant now = Instant.now();
        cases.find(e.caseId()).ifPresent(places::record);
        repository.owe(e.caseId(), e.caseNumber(), e.unitId(), AssessmentKind.VPR,
                AssessmentTrigger.CASE_OPENED.name(), null, e.openedAt() == null ? now : e.openedAt(), now);
    }

    /** An incident that requires it makes a VPER (with incident) due now. */
    @DurableListener("risk.vper-owed-on-incident")
    public void incidentReported(IncidentReported e) {
        if (!e.requiresReassessment()) {
            return;
        }
        Instant now = Instant.now();
        String caseNumber = cases.find(e.caseId()).map(CaseSummary::caseNumber)
                .orElseGet(() -> repository.allOf(e.caseId()).stream().map(Assessment::getCaseNumber)
                        .filter(n -> n != null).findFirst().orElse(null));
        long unitId = cases.find(e.caseId()).map(CaseSummary::unitId).orElse(e.unitId());
        repository.owe(e.caseId(), caseNumber, unitId, AssessmentKind.VPER_INCIDENT,
                AssessmentTrigger.INCIDENT.name(), e.incidentId(), now, now);
        if (e.type() == es.viogen.intake.api.IncidentType.BREACH_OF_MEASURE) {
            // a reported breach is a fact that cannot become untrue: every later form carries it (its red flag keeps
            // the level at least medio); the VPER it owes is its source
            repository.owedForIncident(e.caseId(), e.incidentId())
                    .ifPresent(id -> facts.establish(e.caseId(), java.util.List.of("BREACH"), id, now));
        }
    }

    /** A new complaint reactivated an inactive case: it owes a new VPR, due now. */
    @DurableListener("risk.vpr-owed-on-complaint-attached")
    public void complaintAttached(ComplaintAttached e) {
        if (!e.reactivated()) {
            return;
        }
        Instant now = Instant.now();
        repository.owe(e.caseId(), e.caseNumber(), e.unitId(), AssessmentKind.VPR,
                AssessmentTrigger.REACTIVATED.name(), e.complaintId(), e.at() == null ? now : e.at(), now);
    }

    /** What the case still owes moves with it to the new unit. */
    @DurableListener("risk.pending-moved-on-transfer")
    public void caseTransferred(CaseTransferred e) {
        repository.reassignPending(e.caseId(), e.toUnitId());
        cases.find(e.caseId()).ifPresent(places::record);
    }
}
