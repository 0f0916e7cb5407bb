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
import es.viogen.municipal.api.Provinces;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Units;
import es.viogen.risk.api.ReviewRequested;
import es.viogen.risk.api.RiskAssessed;
import es.viogen.platform.api.DurableListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reacts to intake's and risk's events as durable listeners of the platform's event publication registry: each runs
 * after the publisher's commit in a transaction of its own that also completes its publication, and again after a
 * failure or a crash. Keeps the read model of cases, makes the plan follow the level, sets re-assessment deadlines
 * and raises the alerts of incidents; idempotent (unique keys, alert dedup keys, guards on what was already applied).
 */
@ApplicationScoped
public class CaseEvents {

    private static final Logger LOG = Logger.getLogger(CaseEvents.class.getName());

    @Inject
    PlanKeeper plans;

    @Inject
    FollowUpAlertsRaiser raiser;

    @Inject
    CaseQueries caseQueries;

    @Inject
    Units units;

    @DurableListener("measures.follow-case-on-case-opened")
    public void onCaseOpened(CaseOpened e) {
        Territory t = intakeCase(e.caseId()).map(CaseSummary::territory)
                .orElseGet(() -> Provinces.territoryOf(e.municipalityCode()));
        plans.follow(e.caseId(), e.caseNumber(), e.unitId(), t, e.openedAt());
    }

    @DurableListener("measures.plan-on-risk-assessed")
    public void onRiskAssessed(RiskAssessed e) {
        Optional<FollowedCase> c = followed(e.caseId());
        if (c.isEmpty()) {
            LOG.warning(() -> "RiskAssessed for case " + e.caseId() + " that this module does not follow");
            return;
        }
        plans.assessed(plans.lock(e.caseId()), e.assessmentId(), e.previousLevel(), e.level(), e.especialRelevancia(),
                e.minorsAtRisk(), e.assessedAt(), Instant.now());
    }

    /** The victim asked for a review of her risk: the re-assessment is due now (and escalates like any other). */
    @DurableListener("measures.reassessment-due-on-review-request")
    public void onReviewRequested(ReviewRequested e) {
        if (followed(e.caseId()).isEmpty()) {
            LOG.warning(() -> "ReviewRequested for case " + e.caseId() + " that this module does not follow");
            return;
        }
        plans.reassessmentDueNow(plans.lock(e.caseId()), "review-request:" + e.requestId(), Instant.now(),
                FollowUpAlert.AlertType.VICTIM_REVIEW_REQUEST);
    }

    @DurableListener("measures.alerts-and-reassessment-on-incident")
    public void onIncident(IncidentReported e) {
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

    @DurableListener("measures.unit-on-transfer")
    public void onTransferred(CaseTransferred e) {
        if (followed(e.caseId()).isEmpty()) {
            return;
        }
        FollowedCase c = plans.lock(e.caseId());
        Territory t = intakeCase(e.caseId()).map(CaseSummary::territory).orElse(c.territory());
        plans.transferred(c, e.toUnitId(), t, e.at());
    }

    @DurableListener("measures.status-on-inactivation")
    public void onInactivated(CaseInactivated e) {
        if (followed(e.caseId()).isPresent()) {
            plans.inactivated(plans.lock(e.caseId()), e.supervised(), e.at());
        }
    }

    @DurableListener("measures.status-on-reactivation")
    public void onReactivated(CaseReactivated e) {
        if (followed(e.caseId()).isPresent()) {
            plans.reactivated(plans.lock(e.caseId()));
        }
    }

    /** A complaint reactivated the case: the new VPR it owes is its deadline. */
    @DurableListener("measures.vpr-deadline-on-complaint-attached")
    public void onComplaintAttached(es.viogen.intake.api.ComplaintAttached e) {
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
        return caseQueries.find(caseId); // a failure here fails the reaction, which the registry retries
    }
}
