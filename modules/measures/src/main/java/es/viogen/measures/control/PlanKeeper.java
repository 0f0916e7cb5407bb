package es.viogen.measures.control;

import es.viogen.measures.entity.FollowedCase;
import es.viogen.measures.entity.PlanEvent;
import es.viogen.measures.entity.PlanMeasure;
import es.viogen.measures.entity.SafetyPlanItem;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps protection plans in step with the case: the level's measures (added and withdrawn with history), the next
 * re-assessment due, the alerts of assessments and incidents. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PlanKeeper {

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Inject
    ProtocolStore protocols;

    @Inject
    AlertSink alerts;

    @Inject
    es.viogen.risk.api.RiskQueries risk;

    /** A new case owes its VPR within this time of opening (reference §1.3: the interview happens at the complaint). */
    public static final java.time.Duration VPR_WITHIN = java.time.Duration.ofHours(24);

    public Optional<FollowedCase> find(long caseId) {
        return Optional.ofNullable(em.find(FollowedCase.class, caseId));
    }

    public FollowedCase lock(long caseId) {
        return em.find(FollowedCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Starts following a case (idempotent). */
    public FollowedCase follow(long caseId, String caseNumber, long unitId, Territory territory, Instant openedAt) {
        FollowedCase c = em.find(FollowedCase.class, caseId);
        if (c == null) {
            em.createNativeQuery("INSERT INTO measures.followed_case (case_id, case_number, unit_id, region_code, "
                            + "province_code, municipality_code, opened_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                            + "ON CONFLICT (case_id) DO NOTHING")
                    .setParameter(1, caseId).setParameter(2, caseNumber).setParameter(3, unitId)
                    .setParameter(4, territory.regionCode()).setParameter(5, territory.provinceCode())
                    .setParameter(6, territory.municipalityCode())
                    .setParameter(7, java.sql.Timestamp.from(openedAt == null ? Instant.now() : openedAt))
                    .executeUpdate();
            c = em.find(FollowedCase.class, caseId);
            if (c.getLastAssessmentId() == null && c.getReassessmentDue() == null) {
                // the pending VPR is the case's first deadline: due, overdue and escalated like any re-assessment
                Protocol p = protocols.inForce(LocalDate.ofInstant(Instant.now(), DuePass.MADRID));
                Instant due = (openedAt == null ? Instant.now() : openedAt).plus(VPR_WITHIN).truncatedTo(ChronoUnit.SECONDS);
                c.reassessmentDueAt(due, "VPR", DueStage.NONE.name(),
                        DueStage.nextCheck(DueStage.NONE, due, p.reassessmentLead(null), p.grace(null)));
            }
        }
        return c;
    }

    /** The plan follows a new assessment: the level's measures, the next re-assessment due, and the alerts. */
    public void assessed(FollowedCase c, long assessmentId, RiskLevel previous, RiskLevel level, boolean especial,
                         boolean minorsAtRisk, Instant assessedAt, Instant now) {
        if (c.getLastAssessedAt() != null && c.getLastAssessedAt().isAfter(assessedAt)) {
            return; // an older assessment arriving late does not undo a newer one
        }
        if (c.getLastAssessmentId() != null && c.getLastAssessmentId() == assessmentId
                && (c.getLastAssessedAt() == null || !assessedAt.isAfter(c.getLastAssessedAt()))) {
            return; // this assessment was applied already (a repeated event); a later moment of the same assessment
                    // is news: risk tells it when a drop that assessment proposed is approved
        }
        Protocol p = protocols.inForce(LocalDate.ofInstant(assessedAt, DuePass.MADRID));
        RiskLevel before = previous != null ? previous : c.getLevel();
        boolean wasEspecial = c.isEspecialRelevancia() && c.getLastAssessmentId() != null;
        c.assessed(assessmentId, level, especial, minorsAtRisk, assessedAt, p.id());
        em.persist(new PlanEvent(c.getCaseId(), assessedAt, PlanEvent.Kind.LEVEL_SET, before, level, null, assessmentId,
                c.getUnitId()));

        List<PlanMeasure> inForce = inForce(c.getCaseId());
        Map<String, PlanMeasure> byCode = inForce.stream().collect(Collectors.toMap(PlanMeasure::getCode, Function.identity()));
        PlanRules.PlanChange change = PlanRules.change(byCode.keySet(), p.definitions(), level);
        for (String code : change.toWithdraw()) {
            byCode.get(code).withdraw(level, assessedAt);
            em.persist(new PlanEvent(c.getCaseId(), assessedAt, PlanEvent.Kind.MEASURE_WITHDRAWN, before, level, code,
                    assessmentId, c.getUnitId()));
        }
        em.flush(); // withdrawals first: the unique index allows one measure of a code in force
        for (String code : change.toAdd()) {
            Protocol.Item item = p.item(code);
            PlanMeasure m = new PlanMeasure(c.getCaseId(), item.id(), code, item.definition().kind().name(),
                    item.definition().frequencyHours(), level, assessedAt);
            scheduleMeasure(m, level, p);
            em.persist(m);
            em.persist(new PlanEvent(c.getCaseId(), assessedAt, PlanEvent.Kind.MEASURE_ADDED, before, level, code,
                    assessmentId, c.getUnitId()));
        }

        Instant due = PlanRules.reassessmentDue(assessedAt, level, p.periods());
        String reason = "PERIODIC";
        // the 3-day follow-up a low-confidence or incomplete assessment owes comes first
        Optional<Instant> owed = owedAssessment(c.getCaseId());
        if (owed.isPresent() && owed.get().isBefore(due)) {
            due = owed.get().truncatedTo(ChronoUnit.SECONDS);
            reason = "FOLLOW_UP";
        }
        c.reassessmentDueAt(due, reason, DueStage.NONE.name(),
                DueStage.nextCheck(DueStage.NONE, due, p.reassessmentLead(level), p.grace(level)));
        ensureSafetyPlan(c.getCaseId(), p);

        List<String> args = List.of(nz(c.getCaseNumber()), level.name());
        if (PlanRules.raisedToHigh(before, level)) {
            alerts.raise(new FollowUpAlert(c.getCaseId(), c.getUnitId(), FollowUpAlert.AlertType.LEVEL_RAISED,
                    level == RiskLevel.EXTREMO ? AlertSeverity.CRITICAL : AlertSeverity.WARNING, args,
                    FollowUpAlert.key(FollowUpAlert.AlertType.LEVEL_RAISED, "case:" + c.getCaseId(),
                            "assessment:" + assessmentId, c.getUnitId())));
        }
        if (especial && !wasEspecial) {
            alerts.raise(new FollowUpAlert(c.getCaseId(), c.getUnitId(), FollowUpAlert.AlertType.ESPECIAL_RELEVANCIA,
                    AlertSeverity.CRITICAL, args, FollowUpAlert.key(FollowUpAlert.AlertType.ESPECIAL_RELEVANCIA,
                    "case:" + c.getCaseId(), "assessment:" + assessmentId, c.getUnitId())));
        }
    }

    private Optional<Instant> owedAssessment(long caseId) {
        try {
            return risk.followUpDue(caseId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Schedules a recurring measure from its last execution (or from when it applies). */
    public void scheduleMeasure(PlanMeasure m, RiskLevel level, Protocol p) {
        if (!m.isInForce()) {
            return;
        }
        Instant due = PlanRules.measureDue(m.getAddedAt(), m.getLastExecutedAt(), m.getFrequencyHours());
        if (due == null) {
            m.schedule(null, DueStage.NONE.name(), null);
        } else {
            m.schedule(due, DueStage.NONE.name(), DueStage.nextCheck(DueStage.NONE, due,
                    Protocol.measureLead(m.getFrequencyHours()), p.grace(level)));
        }
    }

    /**
     * An incident that requires it makes the re-assessment due now; its own alert stands for the overdue one.
     * {@code item} names the incident in the alert's dedup key, e.g. {@code incident:42} (one alert per incident and
     * unit, however often or late the event is delivered).
     */
    public void reassessmentDueNow(FollowedCase c, String item, Instant now) {
        reassessmentDueNow(c, item, now, FollowUpAlert.AlertType.INCIDENT_REASSESSMENT);
    }

    /**
     * As {@link #reassessmentDueNow(FollowedCase, String, Instant)}; {@code alert} false when the fact raises its own
     * alert to the unit (a breach, a prison event): one fact, one alert per recipient.
     */
    public void reassessmentDueNow(FollowedCase c, String item, Instant now, boolean alert) {
        reassessmentDueNow(c, item, now, alert ? FollowUpAlert.AlertType.INCIDENT_REASSESSMENT : null);
    }

    /**
     * The re-assessment is due now, for the reason the alert type names (an incident, the victim's request); null: no
     * alert here, the fact raises its own.
     */
    public void reassessmentDueNow(FollowedCase c, String item, Instant now, FollowUpAlert.AlertType why) {
        Protocol p = c.getProtocolId() != null ? protocols.get(c.getProtocolId())
                : protocols.inForce(LocalDate.ofInstant(now, DuePass.MADRID));
        Instant due = now.truncatedTo(ChronoUnit.SECONDS);
        c.reassessmentDueAt(due, "INCIDENT", DueStage.OVERDUE.name(),
                DueStage.nextCheck(DueStage.OVERDUE, due, p.reassessmentLead(c.getLevel()), p.grace(c.getLevel())));
        em.persist(new PlanEvent(c.getCaseId(), now, PlanEvent.Kind.REASSESSMENT_DUE_NOW, c.getLevel(), c.getLevel(),
                null, null, c.getUnitId()));
        if (why == null) {
            return;
        }
        alerts.raise(new FollowUpAlert(c.getCaseId(), c.getUnitId(), why,
                c.getLevel() != null && c.getLevel().isAtLeast(RiskLevel.MEDIO) ? AlertSeverity.CRITICAL : AlertSeverity.WARNING,
                List.of(nz(c.getCaseNumber())), FollowUpAlert.key(why,
                item, "due-now", c.getUnitId()))); // the item names it: a repeated or retried event raises nothing
    }

    /** Ownership moved: future alerts go to the new unit, which also gets the outstanding ones (new dedup keys). */
    public void transferred(FollowedCase c, long toUnitId, Territory territory, Instant at) {
        if (c.getUnitId() == toUnitId) {
            return; // already there (a repeated event)
        }
        c.moveTo(toUnitId, territory);
        em.persist(new PlanEvent(c.getCaseId(), at, PlanEvent.Kind.UNIT_CHANGED, c.getLevel(), c.getLevel(), null,
                null, toUnitId));
        rearm(c);
    }

    public void inactivated(FollowedCase c, boolean supervised, Instant at) {
        c.setStatus(supervised ? "SUPERVISED" : "INACTIVE");
        em.persist(new PlanEvent(c.getCaseId(), at, PlanEvent.Kind.CASE_INACTIVATED, c.getLevel(), c.getLevel(), null,
                null, c.getUnitId()));
        if (!supervised) {
            inForce(c.getCaseId()).forEach(m -> m.schedule(m.getNextDueAt(), m.getStage(), null));
        }
    }

    public void reactivated(FollowedCase c) {
        c.setStatus("ACTIVE");
        rearm(c);
    }

    /** A new complaint reactivated the case: its new VPR is owed within {@link #VPR_WITHIN}, unless something is due sooner. */
    public void vprOwed(FollowedCase c, Instant at) {
        Instant due = at.plus(VPR_WITHIN).truncatedTo(ChronoUnit.SECONDS);
        if (c.getReassessmentDue() != null && c.getReassessmentDue().isBefore(due)) {
            return;
        }
        Protocol p = c.getProtocolId() != null ? protocols.get(c.getProtocolId())
                : protocols.inForce(LocalDate.ofInstant(at, DuePass.MADRID));
        c.reassessmentDueAt(due, "VPR", DueStage.NONE.name(),
                DueStage.nextCheck(DueStage.NONE, due, p.reassessmentLead(c.getLevel()), p.grace(c.getLevel())));
    }

    /** Restarts the alert stages of the case's due items, so the (new) owning unit hears of them. */
    private void rearm(FollowedCase c) {
        if (c.getReassessmentDue() != null && c.isActive()) {
            Protocol p = c.getProtocolId() != null ? protocols.get(c.getProtocolId())
                    : protocols.inForce(LocalDate.ofInstant(Instant.now(), DuePass.MADRID));
            c.reassessmentDueAt(c.getReassessmentDue(), c.getReassessmentReason(), DueStage.NONE.name(),
                    DueStage.nextCheck(DueStage.NONE, c.getReassessmentDue(), p.reassessmentLead(c.getLevel()),
                            p.grace(c.getLevel())));
            inForce(c.getCaseId()).forEach(m -> scheduleMeasure(m, c.getLevel(), p));
        }
    }

    public List<PlanMeasure> inForce(long caseId) {
        return em.createQuery("SELECT m FROM PlanMeasure m WHERE m.caseId = :c AND m.withdrawnAt IS NULL ORDER BY m.id",
                PlanMeasure.class).setParameter("c", caseId).getResultList();
    }

    public List<PlanMeasure> allMeasures(long caseId) {
        return em.createQuery("SELECT m FROM PlanMeasure m WHERE m.caseId = :c ORDER BY m.addedAt, m.id",
                PlanMeasure.class).setParameter("c", caseId).getResultList();
    }

    public List<PlanEvent> history(long caseId) {
        return em.createQuery("SELECT e FROM PlanEvent e WHERE e.caseId = :c ORDER BY e.at, e.id", PlanEvent.class)
                .setParameter("c", caseId).getResultList();
    }

    private void ensureSafetyPlan(long caseId, Protocol p) {
        Long n = em.createQuery("SELECT COUNT(s) FROM SafetyPlanItem s WHERE s.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
        if (n == 0) {
            for (Protocol.SafetyItem s : p.safetyPlan()) {
                em.persist(new SafetyPlanItem(caseId, s.code(), s.nameKey(), s.name(), s.position()));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
