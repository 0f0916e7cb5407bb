package es.viogen.measures.boundary;

import es.viogen.intake.api.CaseInactivated;
import es.viogen.intake.api.CaseOpened;
import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseReactivated;
import es.viogen.intake.api.CaseSummary;
import es.viogen.intake.api.CaseTransferred;
import es.viogen.intake.api.IncidentReported;
import es.viogen.measures.control.FollowUpAlert;
import es.viogen.measures.control.PlanKeeper;
import es.viogen.measures.control.Regions;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Units;
import es.viogen.risk.api.RiskAssessed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reacts to intake's and risk's events after they commit, each in a transaction of its own: keeps the read model
 * of cases, makes the plan follow the level, sets re-assessment deadlines and raises the alerts of incidents.
 */
@ApplicationScoped
public class CaseEvents {

    private static final Logger LOG = Logger.getLogger(CaseEvents.class.getName());

    @Inject
    PlanKeeper plans;

    @Inject
    FollowUpAlertsRaiser raiser;

    @Inject
    Instance<CaseQueries> caseQueries;

    @Inject
    Units units;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onCaseOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseOpened e) {
        Territory t = intakeCase(e.caseId()).map(CaseSummary::territory)
                .orElseGet(() -> Regions.ofMunicipality(e.municipalityCode()));
        plans.follow(e.caseId(), e.caseNumber(), e.unitId(), t, e.openedAt());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onRiskAssessed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RiskAssessed e) {
        Optional<FollowedCase> c = followed(e.caseId());
        if (c.isEmpty()) {
            LOG.warning(() -> "RiskAssessed for case " + e.caseId() + " that this module does not follow");
            return;
        }
        plans.assessed(plans.lock(e.caseId()), e.assessmentId(), e.previousLevel(), e.level(), e.especialRelevancia(),
                e.minorsAtRisk(), e.assessedAt(), Instant.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onIncident(@Observes(during = TransactionPhase.AFTER_SUCCESS) IncidentReported e) {
        Optional<FollowedCase> found = followed(e.caseId());
        if (found.isEmpty()) {
            LOG.warning(() -> "IncidentReported for case " + e.caseId() + " that this module does not follow");
            return;
        }
        FollowedCase c = plans.lock(e.caseId());
        if (!c.isActive()) {
            plans.reactivated(c); // an incident reactivates an inactive case (intake announces it as well)
        }
        if (e.requiresReassessment()) {
            boolean ownAlert = e.type() == es.viogen.intake.api.IncidentType.BREACH_OF_MEASURE || e.type().isPrisonEvent();
            plans.reassessmentDueNow(c, "incident:" + e.incidentId(), Instant.now(), !ownAlert);
        }
        String item = "incident:" + e.incidentId();
        List<String> args = List.of(c.getCaseNumber() == null ? "" : c.getCaseNumber(), e.type().name());
        if (e.type() == es.viogen.intake.api.IncidentType.BREACH_OF_MEASURE) {
            // a breach is a crime: the unit and the coordination unit act now
            raiser.raise(c, c.getUnitId(), FollowUpAlert.AlertType.MEASURE_BREACH, AlertSeverity.CRITICAL, args, item);
            raiser.regionalUnit(c.territory()).filter(r -> r != c.getUnitId()).ifPresent(r ->
                    raiser.raise(c, r, FollowUpAlert.AlertType.MEASURE_BREACH, AlertSeverity.CRITICAL, args, item));
        }
        // prison events: the prison partners' operation raises their alerts (unit and coordination unit) in its own
        // transaction with the facility and dates; raising them here too gave every recipient two alerts per event

    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onTransferred(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseTransferred e) {
        if (followed(e.caseId()).isEmpty()) {
            return;
        }
        FollowedCase c = plans.lock(e.caseId());
        Territory t = intakeCase(e.caseId()).map(CaseSummary::territory).orElse(c.territory());
        plans.transferred(c, e.toUnitId(), t, e.at());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onInactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseInactivated e) {
        if (followed(e.caseId()).isPresent()) {
            plans.inactivated(plans.lock(e.caseId()), e.supervised(), e.at());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onReactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseReactivated e) {
        if (followed(e.caseId()).isPresent()) {
            plans.reactivated(plans.lock(e.caseId()));
        }
    }

    /** A complaint reactivated the case: the new VPR it owes is its deadline. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onComplaintAttached(@Observes(during = TransactionPhase.AFTER_SUCCESS) es.viogen.intake.api.ComplaintAttached e) {
        if (e.reactivated() && followed(e.caseId()).isPresent()) {
            FollowedCase c = plans.lock(e.caseId());
            plans.reactivated(c);
            plans.vprOwed(c, e.at());
        }
    }

    /** The case in this module's read model; if intake knows it but the opening was missed, follow it now. */
    private Optional<FollowedCase> followed(long caseId) {
        Optional<FollowedCase> c = plans.find(caseId);
        if (c.isPresent()) {
            return c;
        }
        return intakeCase(caseId).map(s -> plans.follow(s.caseId(), s.caseNumber(), s.unitId(), s.territory(),
                s.openedAt()));
    }

    private Optional<CaseSummary> intakeCase(long caseId) {
        if (!caseQueries.isResolvable()) {
            return Optional.empty();
        }
        try {
            return caseQueries.get().find(caseId);
        } catch (RuntimeException ex) {
            LOG.warning(() -> "intake could not answer for case " + caseId + ": " + ex.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
