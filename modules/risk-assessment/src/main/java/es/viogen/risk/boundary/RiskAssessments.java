package es.viogen.risk.boundary;

import es.viogen.intake.api.CaseRiskRecorder;
import es.viogen.intake.api.CaseSummary;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.RuleViolation;
import es.viogen.platform.api.Units;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Visibility;
import es.viogen.risk.api.AssessmentKind;
import es.viogen.risk.api.RiskAssessed;
import es.viogen.risk.control.Answer;
import es.viogen.risk.control.AnswerSheet;
import es.viogen.risk.control.AssessmentRepository;
import es.viogen.risk.control.AssessmentView;
import es.viogen.risk.control.AssessmentViews;
import es.viogen.risk.control.Decision;
import es.viogen.risk.control.Instrument;
import es.viogen.risk.control.InstrumentCatalog;
import es.viogen.risk.control.Judgement;
import es.viogen.risk.control.ScoringEngine;
import es.viogen.risk.control.Submission;
import es.viogen.risk.entity.Assessment;
import es.viogen.risk.entity.AssessmentTrigger;
import es.viogen.risk.entity.InstrumentVersion;
import es.viogen.risk.entity.SubmittedResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The assessment facade: submitting (scoring, human judgement, storing computed and final level apart, publishing
 * {@link RiskAssessed} in the transaction), reading results and history, and the pending list of a unit.
 */
@ApplicationScoped
public class RiskAssessments {

    /** When too many answers were unknown, or she could not be asked safely, the follow-up interview is due in: */
    static final Duration FOLLOW_UP_WITHIN = Duration.ofDays(3);
    static final String RECORD = "Assessment";

    @PersistenceContext(unitName = "risk")
    EntityManager em;

    @Inject
    AssessmentRepository repository;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    CaseAccess cases;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Units units;

    @Inject
    DomainEvents assessed;

    @Inject
    Instance<CaseRiskRecorder> recorder;

    /**
     * Submits an assessment of a case for the current actor (an officer who can read the case, or a partner whose
     * token carries {@code assessments:write}). The first assessment of a case must be a VPR, later ones VPER.
     */
    @Transactional
    public AssessmentView submit(long caseId, Submission submission, boolean spanish) {
        Actor actor = scope.actor();
        requireAssessor(actor);
        CaseSummary c = cases.requireReadable(caseId, "risk assessment: submit");
        boolean first = repository.latestSubmitted(caseId).isEmpty();
        InstrumentVersion iv = resolveInstrument(caseId, submission, first);
        if (first && iv.getKind() != AssessmentKind.VPR) {
            throw new RuleViolation("RISK_VPR_FIRST", "risk.submit.vprFirst");
        }
        if (!first && iv.getKind() == AssessmentKind.VPR) {
            throw new RuleViolation("RISK_VPER_AFTER_VPR", "risk.submit.vperAfterVpr");
        }
        Instrument in = catalog.parse(iv);
        Map<String, Answer> answers = AnswerSheet.of(in, submission.answers());
        Decision d = ScoringEngine.assess(in, answers, submission.judgement());

        Instant now = Instant.now();
        RiskLevel previous = repository.latestSubmitted(caseId).map(Assessment::getFinalLevel).orElse(null);
        Assessment a = repository.oldestPendingFor(caseId, iv.getKind()).orElseGet(() -> {
            Assessment created = Assessment.owed(caseId, c.caseNumber(), c.unitId(), iv.getKind(),
                    AssessmentTrigger.ON_DEMAND, null, now, now);
            repository.persist(created);
            return created;
        });
        a.submit(new SubmittedResult(in.code(), in.version(), AssessmentViews.writeAnswers(answers),
                d.scoring().score(), d.scoring().maxScore(), d.scoring().scoreLevel(), d.scoring().redFlagMinimum(),
                d.computedLevel(), submission.victimPerceptionAsked(), d.victimPerceivedLevel(), d.officerLevel(),
                d.overrideReason(), d.finalLevel(), previous, d.scoring().especialRelevancia(), d.scoring().hScore(),
                d.minorsAtRisk(), d.minorsVulnerable(), d.scoring().confidence(), d.scoring().lowConfidence(),
                d.followUpDue(), AssessmentViews.writeExplanation(d.scoring()), now, actor.username(),
                actor.unitId(), actor.isPartner() ? actor.displayName() : actor.unitName()));
        em.flush();
        if (d.followUpDue()) {
            repository.owe(caseId, c.caseNumber(), c.unitId(), AssessmentKind.VPER_PERIODIC,
                    AssessmentTrigger.FOLLOW_UP.name(), a.getId(), now.plus(FOLLOW_UP_WITHIN), now);
        }
        audit.record(AuditAction.CREATE, RECORD, String.valueOf(a.getId()), "risk assessment submitted");
        assessed.publish(new RiskAssessed(caseId, a.getId(), previous, d.finalLevel(), d.scoring().especialRelevancia(),
                d.minorsAtRisk(), now));
        if (recorder.isResolvable()) {
            recorder.get().levelAssessed(caseId, d.finalLevel(), d.scoring().especialRelevancia(), d.minorsAtRisk(), now);
        }
        return AssessmentViews.of(a, in, spanish);
    }

    /** The instrument a new assessment of the case would use, and whether it is the first (a VPR). */
    @Transactional
    public Instrument instrumentForCase(long caseId) {
        cases.requireReadable(caseId, "risk assessment: questionnaire");
        boolean first = repository.latestSubmitted(caseId).isEmpty();
        return catalog.parse(resolveInstrument(caseId, new Submission(null, null, Map.of(), true, null, null, null), first));
    }

    /** An administrator tries an instrument: scored and explained, nothing stored. */
    @Transactional
    public AssessmentView preview(String code, String version, Map<String, String> raw, Judgement judgement,
                                  boolean spanish) {
        scope.requireRole(Role.ADMIN);
        Instrument in = catalog.instrument(code, version)
                .orElseThrow(() -> new RecordNotFound("Instrument", code + "/" + version));
        Map<String, Answer> answers = AnswerSheet.of(in, raw);
        return AssessmentViews.preview(in, ScoringEngine.assess(in, answers, judgement), spanish);
    }

    @Transactional
    public AssessmentView view(long assessmentId, boolean spanish) {
        Assessment a = repository.find(assessmentId).orElseThrow(() -> new RecordNotFound(RECORD, assessmentId));
        cases.requireReadable(a.getCaseId(), "risk assessment: read result");
        audit.record(AuditAction.READ, RECORD, String.valueOf(assessmentId), "risk assessment result");
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

    /** The pending assessments the current actor may see (own unit; a territory's units), soonest due first. */
    @Transactional
    public List<Assessment> pending(int first, int max) {
        List<Long> unitIds = visibleUnits();
        audit.record(AuditAction.SEARCH, RECORD, null, "pending risk assessments");
        return repository.pendingForUnits(unitIds, first, max);
    }

    @Transactional
    public long countPending() {
        return repository.countPendingForUnits(visibleUnits());
    }

    /** null = every unit. */
    private List<Long> visibleUnits() {
        Actor actor = scope.actor();
        if (actor.role() == Role.ADMIN || actor.isPartner()) {
            return List.of();
        }
        Visibility v = scope.visibility();
        return switch (v.kind()) {
            case ALL -> null;
            case NONE -> List.of();
            case UNIT -> List.of(v.unitId());
            case TERRITORY -> units.all().stream().filter(u -> v.territory().contains(u.territory()))
                    .map(UnitView::id).toList();
        };
    }

    private Instrument instrumentOf(Assessment a) {
        return a.getInstrumentCode() == null ? null
                : catalog.instrument(a.getInstrumentCode(), a.getInstrumentVersion()).orElse(null);
    }

    private InstrumentVersion resolveInstrument(long caseId, Submission s, boolean first) {
        if (s.instrumentCode() != null && !s.instrumentCode().isBlank()) {
            if (s.instrumentVersion() != null && !s.instrumentVersion().isBlank()) {
                return catalog.find(s.instrumentCode(), s.instrumentVersion()).orElseThrow(() ->
                        new RecordNotFound("Instrument", s.instrumentCode() + "/" + s.instrumentVersion()));
            }
            return catalog.currentOf(s.instrumentCode())
                    .orElseThrow(() -> new RecordNotFound("Instrument", s.instrumentCode()));
        }
        AssessmentKind kind;
        if (first) {
            kind = AssessmentKind.VPR;
        } else {
            kind = repository.pendingOf(caseId).stream().map(Assessment::getKind).filter(AssessmentKind::isVper)
                    .findFirst().orElse(AssessmentKind.VPER_PERIODIC);
        }
        return catalog.currentFor(kind).orElseThrow(() -> new RecordNotFound("Instrument", kind.name()));
    }

    private void requireAssessor(Actor actor) {
        boolean officer = actor.role() != null && actor.role().isOfficer();
        boolean partner = actor.isPartner() && actor.hasScope("assessments:write");
        if (!(officer || partner)) {
            audit.record(AuditAction.ACCESS_DENIED, RECORD, null, "not an assessor");
            throw new AccessDenied();
        }
    }
}
