package es.viogen.risk.boundary;

import es.viogen.intake.api.CaseRiskRecorder;
import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseSummary;
import es.viogen.risk.control.CasePlaces;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.RuleViolation;
import es.viogen.platform.api.Units;
import es.viogen.risk.api.AssessmentKind;
import es.viogen.risk.api.RiskAssessed;
import es.viogen.risk.control.Answer;
import es.viogen.risk.control.AnswerSheet;
import es.viogen.risk.control.AssessmentRepository;
import es.viogen.risk.control.AssessmentView;
import es.viogen.risk.control.AssessmentViews;
import es.viogen.risk.control.CaseRiskStore;
import es.viogen.risk.control.DeEscalationPolicy;
import es.viogen.risk.control.Decision;
import es.viogen.risk.control.KnownFacts;
import es.viogen.risk.control.Instrument;
import es.viogen.risk.control.InstrumentCatalog;
import es.viogen.risk.control.Judgement;
import es.viogen.risk.control.ScoringEngine;
import es.viogen.risk.control.Submission;
import es.viogen.risk.entity.Assessment;
import es.viogen.risk.entity.AssessmentTrigger;
import es.viogen.risk.entity.CaseFlag;
import es.viogen.risk.entity.CaseRisk;
import es.viogen.risk.entity.LevelDrop;
import es.viogen.risk.entity.InstrumentVersion;
import es.viogen.risk.entity.SubmittedResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Submitting an assessment (scoring, human judgement, storing computed and final level apart, publishing
 * {@link RiskAssessed} in the transaction), the questionnaire a case is owed, and an administrator's trial of an
 * instrument (results, history and the pending list: {@link AssessmentHistory}).
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
    CaseQueries cases;

    @Inject
    CasePlaces places;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Units units;

    @Inject
    DomainEvents assessed;

    @Inject
    CaseRiskRecorder recorder;

    @Inject
    CaseRiskStore store;

    @Inject
    LevelDrops drops;

    final DeEscalationPolicy policy = DeEscalationPolicy.bundled();

    /**
     * Submits an assessment of a case for the current actor (an officer who can read the case, or a partner whose
     * token carries {@code assessments:write}). The first assessment of a case must be a VPR, later ones VPER.
     */
    @Transactional
    public AssessmentView submit(long caseId, Submission submission, boolean spanish) {
        Actor actor = scope.actor();
        requireAssessor(actor);
        CaseSummary c = cases.requireReadable(caseId, "risk assessment: submit");
        places.record(c);
        boolean first = repository.latestSubmitted(caseId).isEmpty();
        boolean vprOwed = first || vprOwed(caseId);
        InstrumentVersion iv = resolveInstrument(caseId, submission, vprOwed);
        if (first && iv.getKind() != AssessmentKind.VPR) {
            throw new RuleViolation("RISK_VPR_FIRST", "risk.submit.vprFirst");
        }
        if (!vprOwed && iv.getKind() == AssessmentKind.VPR) {
            throw new RuleViolation("RISK_VPER_AFTER_VPR", "risk.submit.vperAfterVpr");
        }
        Instrument in = catalog.parse(iv);
        CaseRisk risk = store.lock(caseId);
        Map<String, Long> known = store.facts(caseId);
        Map<String, String> raw = KnownFacts.carryInto(in, known, submission.answers());
        Map<String, Answer> answers = AnswerSheet.of(in, raw);
        Decision d = ScoringEngine.assess(in, answers, submission.judgement());

        Instant now = Instant.now();
        RiskLevel previous = risk != null ? risk.getLevel()
                : repository.latestSubmitted(caseId).map(Assessment::getFinalLevel).orElse(null);
        // a result below the level in force is applied, proposed or held back (protocol data), never silently
        DeEscalationPolicy.Evaluation drop = risk == null
                ? new DeEscalationPolicy.Evaluation(DeEscalationPolicy.Outcome.NOT_A_DROP, null, 0)
                : policy.evaluate(risk.getLevel(), risk.getLevelSince(), risk.getAssessmentsAtLevel() + 1,
                        d.finalLevel(), now);
        String dropReason = blankToNull(submission.dropReason());
        if ((drop.outcome() == DeEscalationPolicy.Outcome.APPLY
                || drop.outcome() == DeEscalationPolicy.Outcome.NEEDS_APPROVAL) && dropReason == null) {
            throw new InvalidInput(List.of(new FieldError("dropReason", "risk.drop.reasonRequired",
                    ScoringEngine.spanishName(d.finalLevel()), ScoringEngine.spanishName(risk.getLevel()))));
        }

        if (first && iv.getKind() == AssessmentKind.VPR) { repository.oweOpeningVpr(c, now); }
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

        store.pendingDrop(caseId).ifPresent(p -> {
            p.supersede(now);
            audit.record(AuditAction.UPDATE, LevelDrops.RECORD, String.valueOf(p.getId()),
                    "level drop proposal superseded by assessment " + a.getId());
        });
        em.flush();
        RiskLevel inForce;
        boolean newCase = risk == null;
        boolean wasEspecial = risk != null && risk.isEspecialRelevancia();
        boolean wasMinorsAtRisk = risk != null && risk.isMinorsAtRisk();
        if (newCase) {
            risk = new CaseRisk(caseId, d.finalLevel(), now);
            store.persist(risk);
        }
        LevelDrop dropRecord = null;
        switch (drop.outcome()) {
            case NOT_A_DROP -> {
                if (!newCase) {
                    risk.levelTakesEffect(d.finalLevel(), now);
                }
            }
            case TOO_EARLY -> risk.assessedAtLevel();
            case APPLY -> {
                dropRecord = new LevelDrop(caseId, c.caseNumber(), c.unitId(), a.getId(), risk.getLevel(),
                        d.finalLevel(), dropReason, false, actor.username(), now);
                risk.levelTakesEffect(d.finalLevel(), now);
            }
            case NEEDS_APPROVAL -> {
                risk.assessedAtLevel();
                dropRecord = new LevelDrop(caseId, c.caseNumber(), c.unitId(), a.getId(), risk.getLevel(),
                        d.finalLevel(), dropReason, true, actor.username(), now);
            }
        }
        inForce = risk.getLevel();
        risk.raiseFlags(d.scoring().especialRelevancia(), d.minorsAtRisk(), d.minorsVulnerable());
        List<String> established = in.factsEstablishedBy(answers);
        store.establish(caseId, established, a.getId(), now);
        a.recordOutcome(inForce, drop.outcome() == DeEscalationPolicy.Outcome.NOT_A_DROP ? null : drop.outcome().name(),
                dropRecord == null ? null : dropReason, d.victimConfirmReason(),
                known.isEmpty() ? null : String.join(",", known.keySet()));
        if (dropRecord != null) {
            store.persist(dropRecord);
        }
        em.flush();
        if (d.followUpDue()) {
            repository.owe(caseId, c.caseNumber(), c.unitId(), AssessmentKind.VPER_PERIODIC,
                    AssessmentTrigger.FOLLOW_UP.name(), a.getId(), now.plus(FOLLOW_UP_WITHIN), now);
        }
        audit.record(AuditAction.CREATE, RECORD, String.valueOf(a.getId()), "risk assessment submitted");
        if (dropRecord != null) {
            audit.record(AuditAction.CREATE, LevelDrops.RECORD, String.valueOf(dropRecord.getId()),
                    dropRecord.isNeedsApproval() ? "level drop proposed, awaiting approval" : "level drop applied");
            if (dropRecord.isNeedsApproval()) {
                drops.alertProposed(dropRecord, c);
            } else {
                drops.alertApplied(dropRecord, c);
            }
        }
        boolean especial = risk.isEspecialRelevancia();
        boolean minorsAtRisk = risk.isMinorsAtRisk();
        assessed.publish(new RiskAssessed(caseId, a.getId(), previous, inForce, especial, minorsAtRisk, now));
        recorder.levelAssessed(caseId, inForce, especial, minorsAtRisk, now);
        if (especial && !wasEspecial) {
            drops.flagRaised(c, a.getId(), CaseFlag.ESPECIAL_RELEVANCIA, now);
        }
        if (minorsAtRisk && !wasMinorsAtRisk) {
            drops.flagRaised(c, a.getId(), CaseFlag.MINORS_AT_RISK, now);
        }
        return AssessmentViews.of(a, in, spanish, drop, dropRecord);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The instrument a new assessment of the case would use, and whether it is the first (a VPR). */
    @Transactional
    public CaseInstrument instrumentForCase(long caseId) {
        String caseNumber = cases.requireReadable(caseId, "risk assessment: questionnaire").caseNumber();
        boolean first = repository.latestSubmitted(caseId).isEmpty() || vprOwed(caseId);
        return new CaseInstrument(caseNumber, catalog.parse(resolveInstrument(caseId,
                new Submission(null, null, Map.of(), true, null, null, null), first)));
    }

    /** The instrument a case's next assessment uses, and the case number people know the case by. */
    public record CaseInstrument(String caseNumber, Instrument instrument) {
    }

    /** The indicators of {@code in} that receive facts already established on the case (known answers "Sí"). */
    @Transactional
    public java.util.Set<String> carriedIndicators(long caseId, Instrument in) {
        cases.requireReadable(caseId, "risk assessment: known facts");
        return KnownFacts.carriedIndicators(in, store.facts(caseId));
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

    /** A reactivated case owes a new VPR (a pending one exists), even after earlier assessments. */
    private boolean vprOwed(long caseId) {
        return repository.pendingOf(caseId).stream().anyMatch(a -> a.getKind() == AssessmentKind.VPR);
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
