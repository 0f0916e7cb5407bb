package es.viogen.risk.boundary;

import es.viogen.intake.api.CaseRiskRecorder;
import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseSummary;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AlertInbox;
import es.viogen.platform.api.AlertRequest;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.ConflictingChange;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.RuleViolation;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import es.viogen.risk.api.CaseFlagRaised;
import es.viogen.risk.api.RiskAssessed;
import es.viogen.risk.control.AssessmentRepository;
import es.viogen.risk.control.CaseRiskStore;
import es.viogen.risk.entity.CaseFlag;
import es.viogen.risk.entity.CaseRisk;
import es.viogen.risk.entity.LevelDrop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Controlled de-escalation and the case's lasting risk facts: proposals of a lower level waiting for a supervisor of
 * the unit ({@link Role#UNIT_SUPERVISOR}) or the regional coordination unit, their approval or refusal with a reason,
 * the alerts that go with them, and lifting a lasting flag with a reason (the victim's own requests for a review:
 * {@link ReviewRequests}).
 */
@ApplicationScoped
public class LevelDrops {

    static final String RECORD = "LevelDrop";
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Inject
    CaseRiskStore store;

    @Inject
    AssessmentRepository repository;

    @Inject
    CaseQueries cases;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AlertInbox alerts;

    @Inject
    Units units;

    @Inject
    DomainEvents assessed;

    @Inject
    DomainEvents flagRaised;

    @Inject
    CaseRiskRecorder recorder;

    /** The proposals awaiting the current actor: a supervisor's unit, a regional unit's territory. */
    @Transactional
    public List<LevelDrop> awaitingMe() {
        Actor actor = scope.actor();
        if (!(actor.hasRole(Role.UNIT_SUPERVISOR) && actor.unitId() != null || actor.hasRole(Role.REGIONAL_UNIT))) {
            audit.record(AuditAction.ACCESS_DENIED, RECORD, null, "level drop inbox: not a supervisor");
            throw new AccessDenied();
        }
        audit.record(AuditAction.SEARCH, RECORD, null, "level drops awaiting approval");
        // a supervisor's unit; a regional unit's territory, by the case's place (as intake's case list)
        return store.pendingDrops(scope.visibility());
    }

    /** Every drop of a case (applied, proposed, decided), newest first. */
    @Transactional
    public List<LevelDrop> ofCase(long caseId) {
        cases.requireReadable(caseId, "risk: level drops of the case");
        return store.dropsOf(caseId);
    }

    @Transactional
    public Optional<CaseRisk> riskOf(long caseId) {
        cases.requireReadable(caseId, "risk: level in force");
        return store.find(caseId);
    }

    /** Whether the current actor may decide on drops of the case's unit (and is not the one who proposed). */
    public boolean mayDecide(LevelDrop d, long caseUnitId) {
        Actor a = scope.actor();
        boolean supervisor = a.hasRole(Role.UNIT_SUPERVISOR) && a.unitId() != null && a.unitId() == caseUnitId;
        return (supervisor || a.hasRole(Role.REGIONAL_UNIT)) && !a.username().equals(d.getProposedBy());
    }

    /**
     * Approves or refuses a pending proposal, with a reason. Approval makes the lower level the level in force (the
     * plan follows it; the unit and the regional unit are alerted); a refusal keeps the level.
     */
    @Transactional
    public LevelDrop decide(long dropId, boolean approve, String reason) {
        LevelDrop d = store.drop(dropId).orElseThrow(() -> new RecordNotFound(RECORD, dropId));
        CaseSummary c = cases.requireReadable(d.getCaseId(), "risk: decide on a level drop");
        Actor actor = scope.actor();
        boolean supervisor = actor.hasRole(Role.UNIT_SUPERVISOR) && actor.unitId() != null
                && actor.unitId() == c.unitId();
        if (!(supervisor || actor.hasRole(Role.REGIONAL_UNIT))) {
            audit.record(AuditAction.ACCESS_DENIED, RECORD, String.valueOf(dropId), "not a supervisor of the unit");
            throw new AccessDenied();
        }
        if (actor.username().equals(d.getProposedBy())) {
            throw new RuleViolation("RISK_DROP_OWN_PROPOSAL", "risk.drop.ownProposal");
        }
        String why = reason == null ? null : reason.trim();
        if (why == null || why.isEmpty() || why.length() > 2000) {
            throw new InvalidInput(List.of(new FieldError("reason", "risk.drop.decisionReasonRequired")));
        }
        CaseRisk risk = store.lock(d.getCaseId());
        d = store.lockDrop(dropId);
        if (!d.isPending()) {
            throw new ConflictingChange("risk.drop.notPending");
        }
        if (risk == null || risk.getLevel() != d.getFromLevel()) {
            throw new ConflictingChange("risk.drop.levelChanged");
        }
        Instant now = Instant.now();
        d.decide(approve, actor.username(), why, now);
        audit.record(AuditAction.UPDATE, RECORD, String.valueOf(dropId),
                approve ? "level drop approved" : "level drop refused");
        if (approve) {
            risk.levelTakesEffect(d.getToLevel(), now);
            RiskLevel to = d.getToLevel();
            repository.find(d.getAssessmentId()).ifPresent(a -> a.dropApproved(to));
            assessed.publish(new RiskAssessed(d.getCaseId(), d.getAssessmentId(), d.getFromLevel(), d.getToLevel(),
                    risk.isEspecialRelevancia(), risk.isMinorsAtRisk(), now));
            recorder.levelAssessed(d.getCaseId(), d.getToLevel(), risk.isEspecialRelevancia(),
                    risk.isMinorsAtRisk(), now);
            alertApplied(d, c);
        }
        return d;
    }

    /** The unit (where its supervisor reads it) and the regional unit hear of a proposal awaiting approval. */
    void alertProposed(LevelDrop d, CaseSummary c) {
        raise(c, "RISK_DROP_PROPOSED", AlertSeverity.WARNING, "/risk/level-drops.xhtml", "risk.alert.dropProposed",
                d, "drop:" + d.getId());
    }

    /** Every applied drop raises an alert to the unit and the regional unit. */
    void alertApplied(LevelDrop d, CaseSummary c) {
        raise(c, "RISK_LEVEL_DROPPED", AlertSeverity.WARNING, "/risk/history.xhtml?case=" + c.caseId(),
                "risk.alert.dropApplied", d, "drop:" + d.getId());
    }

    /** Especial relevancia or minors at risk: the regional unit is alerted and the courts told (diligencia). */
    void flagRaised(CaseSummary c, long assessmentId, CaseFlag flag, Instant at) {
        List<String> args = List.of(nz(c.caseNumber()));
        String type = flag == CaseFlag.ESPECIAL_RELEVANCIA ? "RISK_ESPECIAL_RELEVANCIA" : "RISK_MINORS_AT_RISK";
        regionalUnit(c.territory()).ifPresent(r -> alerts.raise(new AlertRequest(r, null, type, AlertSeverity.CRITICAL,
                "Case", String.valueOf(c.caseId()), "/risk/history.xhtml?case=" + c.caseId(),
                "risk.alert." + type, args, type + ":case:" + c.caseId() + ":assessment:" + assessmentId + ":unit:" + r)));
        flagRaised.publish(new CaseFlagRaised(c.caseId(), assessmentId, flag.name(), at));
    }

    private void raise(CaseSummary c, String type, AlertSeverity severity, String link, String key, LevelDrop d,
                       String item) {
        List<String> args = List.of(nz(c.caseNumber()), d.getFromLevel().name(), d.getToLevel().name());
        List<Long> to = new ArrayList<>();
        to.add(c.unitId());
        regionalUnit(c.territory()).filter(r -> r != c.unitId()).ifPresent(to::add);
        for (long unit : to) {
            alerts.raise(new AlertRequest(unit, null, type, severity, "Case", String.valueOf(c.caseId()), link, key,
                    args, type + ":" + item + ":unit:" + unit));
        }
    }

    /** Lifts a lasting flag (especial relevancia, minors at risk / vulnerable): a person, with a reason; audited. */
    @Transactional
    public void liftFlag(long caseId, CaseFlag flag, String reason) {
        CaseSummary c = cases.requireReadable(caseId, "risk: lift a flag");
        Actor actor = scope.actor();
        if (actor.role() == null || !(actor.role().isOfficer() || actor.hasRole(Role.REGIONAL_UNIT))) {
            audit.record(AuditAction.ACCESS_DENIED, "CaseRisk", String.valueOf(caseId), "lift flag: not an officer");
            throw new AccessDenied();
        }
        String why = reason == null ? null : reason.trim();
        if (why == null || why.isEmpty() || why.length() > 2000) {
            throw new InvalidInput(List.of(new FieldError("reason", "risk.flag.reasonRequired")));
        }
        CaseRisk risk = store.lock(caseId);
        if (risk == null || !risk.has(flag)) {
            throw new RuleViolation("RISK_FLAG_NOT_SET", "risk.flag.notSet");
        }
        risk.lift(flag);
        Instant now = Instant.now();
        store.recordFlagChange(caseId, flag, true, why, actor.username(), now);
        audit.record(AuditAction.UPDATE, "CaseRisk", String.valueOf(caseId), "flag lifted: " + flag.name());
        // the flags change, not the level: told with the moment the level was last set, so the plan keeps its
        // re-assessment deadline (a later moment would postpone it)
        var latest = repository.latestSubmitted(caseId);
        Instant asOf = latest.map(a -> a.getAssessedAt()).filter(t -> t.isAfter(risk.getLevelSince()))
                .orElse(risk.getLevelSince());
        assessed.publish(new RiskAssessed(caseId, latest.map(a -> a.getId()).orElse(0L),
                risk.getLevel(), risk.getLevel(), risk.isEspecialRelevancia(), risk.isMinorsAtRisk(), asOf));
        recorder.levelAssessed(caseId, risk.getLevel(), risk.isEspecialRelevancia(), risk.isMinorsAtRisk(),
                asOf);
    }

    @Transactional
    public List<CaseRiskStore.FlagChange> flagChanges(long caseId) {
        cases.requireReadable(caseId, "risk: flag changes");
        return store.flagChanges(caseId);
    }

    private Optional<Long> regionalUnit(Territory place) {
        return units.all().stream()
                .filter(u -> u.active() && u.kind() == UnitKind.REGIONAL_COORDINATION)
                .filter(u -> u.territory() != null && !u.territory().isNational() && u.territory().contains(place))
                .max(Comparator.comparingInt(u -> (u.territory().regionCode() != null ? 1 : 0)
                        + (u.territory().provinceCode() != null ? 1 : 0)))
                .map(UnitView::id);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
