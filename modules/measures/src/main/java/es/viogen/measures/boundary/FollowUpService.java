package es.viogen.measures.boundary;

import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseSummary;
import es.viogen.measures.api.FollowUpQueries;
import es.viogen.measures.api.MeasureView;
import es.viogen.measures.api.PlanView;
import es.viogen.measures.control.PlanKeeper;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.measures.entity.PlanEvent;
import es.viogen.measures.entity.PlanMeasure;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The protection plans (the published {@link FollowUpQueries}): a case's plan, its measures and history, for the
 * current actor (scope-checked and audited), and the checks the other follow-up desks share (the case for the actor,
 * who may write). Executions: {@link MeasureExecutions}; judicial orders and breaches: {@link JudicialOrderDesk};
 * safety plans: {@link SafetyPlans}; due lists: {@link DueLists}; dashboards: {@link FollowUpDashboards}.
 */
@ApplicationScoped
public class FollowUpService implements FollowUpQueries {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    PlanKeeper plans;

    @Inject
    CaseQueries cases;

    @Inject
    AccessScope scope;

    /** No access check (the published query; callers check through intake first). */
    @Override
    @Transactional
    public Optional<PlanView> plan(long caseId) {
        return plans.find(caseId).map(c -> view(c, Instant.now()));
    }

    /** The plan for the current actor (scope-checked, audited). */
    @Transactional
    public PlanView planFor(long caseId, String purpose) {
        return view(readable(caseId, purpose), Instant.now());
    }

    private PlanView view(FollowedCase c, Instant now) {
        List<MeasureView> measures = plans.inForce(c.getCaseId()).stream().map(m -> measureView(m, now)).toList();
        return new PlanView(c.getCaseId(), c.getLevel(), c.getReassessmentDue(),
                c.isActive() && c.getReassessmentDue() != null && c.getReassessmentDue().isBefore(now), measures);
    }

    static MeasureView measureView(PlanMeasure m, Instant now) {
        return new MeasureView(m.getId(), m.getCode(), m.getNameKey(), m.isMandatory(), m.getAddedAt(),
                m.getLastExecutedAt(), m.getNextDueAt(), m.getNextDueAt() != null && m.getNextDueAt().isBefore(now));
    }

    /** The followed case, if the current actor may read it (the read is audited); every follow-up desk asks here. */
    @Transactional
    public FollowedCase caseFor(long caseId, String purpose) {
        return readable(caseId, purpose);
    }

    /**
     * The followed case for the current actor: intake's gate decides (404, or 403 audited once) and audits the read;
     * a case this module has not followed yet (its event not yet delivered) is followed now.
     */
    private FollowedCase readable(long caseId, String purpose) {
        CaseSummary s = cases.requireReadable(caseId, purpose);
        return plans.find(caseId).orElseGet(() -> plans.follow(s.caseId(), s.caseNumber(), s.unitId(), s.territory(),
                s.openedAt()));
    }

    @Transactional
    public List<PlanMeasure> measureHistory(long caseId) {
        return plans.allMeasures(caseId);
    }

    @Transactional
    public List<PlanEvent> history(long caseId) {
        return plans.history(caseId);
    }

    /** People who work cases, or partner systems (whose scope the API filter checked). */
    public void requireWriter() {
        Actor a = scope.actor();
        if (a.isPartner() || a.role() != null && a.role().isOfficer()) {
            return;
        }
        scope.requireRole(Role.POLICE_OFFICER, Role.LOCAL_POLICE_OFFICER, Role.UNIT_SUPERVISOR, Role.PARTNER);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
