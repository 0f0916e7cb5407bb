package es.viogen.measures.boundary;

import es.viogen.intake.api.IncidentReporting;
import es.viogen.intake.api.IncidentType;
import es.viogen.intake.api.NewIncident;
import es.viogen.measures.api.DueItem;
import es.viogen.measures.api.FollowUpQueries;
import es.viogen.measures.api.JudicialOrderType;
import es.viogen.measures.api.JudicialOrders;
import es.viogen.measures.api.MeasureView;
import es.viogen.measures.api.NewJudicialOrder;
import es.viogen.measures.api.PlanView;
import es.viogen.measures.control.DuePass;
import es.viogen.measures.control.DueSql;
import es.viogen.measures.control.FollowUpAlert;
import es.viogen.measures.control.JpaDueStore;
import es.viogen.measures.control.PlanKeeper;
import es.viogen.measures.control.ProtocolStore;
import es.viogen.measures.control.VisibilityFilter;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.measures.entity.JudicialOrder;
import es.viogen.measures.entity.MeasureExecution;
import es.viogen.measures.entity.PlanEvent;
import es.viogen.measures.entity.PlanMeasure;
import es.viogen.measures.entity.SafetyPlanItem;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AlertSeverity;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.ConflictingChange;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.Violations;
import jakarta.validation.Validator;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.RuleViolation;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import es.viogen.platform.api.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The module's transactional facade: plans, executions, judicial orders, breaches, safety plans, due lists and
 * dashboards, for the current actor (scope-checked and audited), and the published {@link FollowUpQueries} and
 * {@link JudicialOrders}.
 */
@ApplicationScoped
public class FollowUpService implements FollowUpQueries, JudicialOrders {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    Units units;

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Inject
    PlanKeeper plans;

    @Inject
    ProtocolStore protocols;

    @Inject
    CaseAccess access;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    FollowUpAlertsRaiser raiser;

    @Inject
    Instance<IncidentReporting> incidents;

    /** The request records' constraints, checked here so REST and SOAP get the same rules and messages. */
    @Inject
    Validator validator;
    @Inject
    Instance<es.viogen.intake.api.CaseJudicialOrders> orderCopies;

    // ---- plans ----

    /** No access check (the published query; callers check through intake first). */
    @Override
    @Transactional
    public Optional<PlanView> plan(long caseId) {
        return plans.find(caseId).map(c -> view(c, Instant.now()));
    }

    /** The plan for the current actor (scope-checked, audited). */
    @Transactional
    public PlanView planFor(long caseId, String purpose) {
        return view(access.requireReadable(caseId, purpose), Instant.now());
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

    @Transactional
    public FollowedCase caseFor(long caseId, String purpose) {
        return access.requireReadable(caseId, purpose);
    }

    @Transactional
    public List<PlanMeasure> measureHistory(long caseId) {
        return plans.allMeasures(caseId);
    }

    @Transactional
    public List<PlanEvent> history(long caseId) {
        return plans.history(caseId);
    }

    // ---- executions ----

    /** Records an execution of a plan measure (contact made, surveillance done...) and reschedules it. */
    @Transactional
    public long recordExecution(long caseId, long measureId, Instant executedAt, String notes) {
        requireWriter();
        List<FieldError> errors = new ArrayList<>();
        Instant now = Instant.now();
        if (executedAt == null) {
            errors.add(new FieldError("executedAt", "measures.validation.required"));
        } else if (executedAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("executedAt", "measures.validation.future"));
        }
        if (notes != null && notes.length() > 2000) {
            errors.add(new FieldError("notes", "measures.validation.tooLong", 2000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        FollowedCase c = access.requireReadable(caseId, "record a protection measure execution");
        PlanMeasure m = em.find(PlanMeasure.class, measureId);
        if (m == null || m.getCaseId() != caseId) {
            throw new RecordNotFound("Measure", measureId);
        }
        if (!m.isInForce()) {
            throw new RuleViolation("MEASURE_WITHDRAWN", "measures.rule.measureWithdrawn");
        }
        if (executedAt.isBefore(m.getAddedAt())) {
            throw new InvalidInput("executedAt", "measures.validation.beforeMeasure");
        }
        MeasureExecution e = new MeasureExecution(measureId, caseId, executedAt, blankToNull(notes),
                scope.actor().username(), now);
        em.persist(e);
        m.executed(executedAt);
        if (c.getProtocolId() != null && c.isActive()) {
            plans.scheduleMeasure(m, c.getLevel(), protocols.get(c.getProtocolId()));
        }
        em.flush();
        audit.record(AuditAction.CREATE, "MeasureExecution", Long.toString(e.getId()), "measure execution on case " + caseId);
        return e.getId();
    }

    @Transactional
    public List<MeasureExecution> executions(long caseId) {
        return em.createQuery("SELECT e FROM MeasureExecution e WHERE e.caseId = :c ORDER BY e.executedAt DESC, e.id DESC",
                MeasureExecution.class).setParameter("c", caseId).setMaxResults(200).getResultList();
    }

    // ---- judicial orders ----

    @Override
    @Transactional
    public long register(long caseId, NewJudicialOrder o) {
        requireWriter();
        validate(o, validator);
        FollowedCase c = access.requireReadable(caseId, "register a judicial order");
        Instant now = Instant.now();
        JudicialOrder order = new JudicialOrder(caseId, o.type(), o.court().strip(), o.procedureNumber().strip(),
                o.startsOn(), o.endsOn(), o.distanceMetres(), blankToNull(o.notes()), now, scope.actor().username());
        em.persist(order);
        em.persist(new PlanEvent(caseId, now, PlanEvent.Kind.ORDER_REGISTERED, c.getLevel(), c.getLevel(),
                o.type().name(), null, c.getUnitId()));
        em.flush();
        audit.record(AuditAction.CREATE, "JudicialOrder", Long.toString(order.getId()), "judicial order on case " + caseId);
        // intake keeps a copy of the order's dates: its inactivation rule checks the orders, not the officer's word
        if (orderCopies.isResolvable() && access.intakeKnowsCase(caseId)) {
            orderCopies.get().judicialOrderRecorded(caseId, order.getId(), o.type().name(), o.startsOn(), o.endsOn());
        }
        // a change of judicial measures is an incident that makes a re-assessment due (reference §1.7)
        reportIncident(c, IncidentType.JUDICIAL_MEASURE_CHANGED, now, o.court().strip(), null,
                "order:" + order.getId());
        return order.getId();
    }

    /** The record's constraints and the rules across fields (end after start, a distance for a distance order). */
    static void validate(NewJudicialOrder o, Validator validator) {
        List<FieldError> errors = new ArrayList<>();
        if (o == null) {
            throw new InvalidInput("type", "measures.validation.required");
        }
        if (validator != null) {
            errors.addAll(Violations.fieldErrors(validator.validate(o)));
        }
        if (o.type() == null) {
            errors.add(new FieldError("type", "measures.validation.required"));
        }
        if (o.court() == null || o.court().isBlank()) {
            errors.add(new FieldError("court", "measures.validation.required"));
        } else if (o.court().length() > 200) {
            errors.add(new FieldError("court", "measures.validation.tooLong", 200));
        }
        if (o.procedureNumber() == null || o.procedureNumber().isBlank()) {
            errors.add(new FieldError("procedureNumber", "measures.validation.required"));
        } else if (o.procedureNumber().length() > 60) {
            errors.add(new FieldError("procedureNumber", "measures.validation.tooLong", 60));
        }
        if (o.startsOn() == null) {
            errors.add(new FieldError("startsOn", "measures.validation.required"));
        } else if (o.endsOn() != null && o.endsOn().isBefore(o.startsOn())) {
            errors.add(new FieldError("endsOn", "measures.validation.endBeforeStart"));
        }
        if (o.type() == JudicialOrderType.RESTRAINING_DISTANCE && o.distanceMetres() == null) {
            errors.add(new FieldError("distanceMetres", "measures.validation.required"));
        }
        if (o.distanceMetres() != null && (o.distanceMetres() < 1 || o.distanceMetres() > 100_000)) {
            errors.add(new FieldError("distanceMetres", "measures.validation.range", 1, 100_000));
        }
        if (o.notes() != null && o.notes().length() > 2000) {
            errors.add(new FieldError("notes", "measures.validation.tooLong", 2000));
        }
        if (!errors.isEmpty()) {
            // one message per field: the constraint's, else the rule's
            Map<String, FieldError> byField = new LinkedHashMap<>();
            errors.forEach(e -> byField.putIfAbsent(e.field(), e));
            throw new InvalidInput(List.copyOf(byField.values()));
        }
    }

    /** One judicial order of a case, for whoever may read the case (the read is audited). */
    @Transactional
    public JudicialOrder order(long caseId, long orderId) {
        access.requireReadable(caseId, "read judicial order " + orderId);
        JudicialOrder o = em.find(JudicialOrder.class, orderId);
        if (o == null || o.getCaseId() != caseId) {
            throw new RecordNotFound("JudicialOrder", orderId);
        }
        return o;
    }

    @Transactional
    public List<JudicialOrder> orders(long caseId) {
        return em.createQuery("SELECT o FROM JudicialOrder o WHERE o.caseId = :c ORDER BY o.startsOn DESC, o.id DESC",
                JudicialOrder.class).setParameter("c", caseId).getResultList();
    }

    /** A breach of a judicial order becomes an incident on the case (and its alert and re-assessment). */
    @Transactional
    public void recordBreach(long caseId, long orderId, Instant occurredAt, String description) {
        requireWriter();
        if (description != null && description.length() > 2000) {
            throw new InvalidInput("description", "measures.validation.tooLong", 2000);
        }
        if (occurredAt == null || occurredAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw new InvalidInput("occurredAt", occurredAt == null ? "measures.validation.required"
                    : "measures.validation.future");
        }
        JudicialOrder o = em.find(JudicialOrder.class, orderId);
        if (o == null || o.getCaseId() != caseId) {
            throw new RecordNotFound("JudicialOrder", orderId);
        }
        FollowedCase c = access.requireReadable(o.getCaseId(), "record the breach of a judicial order");
        Instant now = Instant.now();
        Long incidentId = reportIncident(c, IncidentType.BREACH_OF_MEASURE, occurredAt, o.getCourt(), description,
                "breach:order:" + orderId + ":" + occurredAt.getEpochSecond());
        em.createNativeQuery("INSERT INTO measures.order_breach (order_id, case_id, occurred_at, incident_id, recorded_by, "
                        + "recorded_at) VALUES (?1, ?2, ?3, CAST(?4 AS bigint), ?5, ?6)")
                .setParameter(1, orderId).setParameter(2, o.getCaseId()).setParameter(3, Timestamp.from(occurredAt))
                .setParameter(4, incidentId).setParameter(5, scope.actor().username()).setParameter(6, Timestamp.from(now))
                .executeUpdate();
        em.persist(new PlanEvent(o.getCaseId(), occurredAt, PlanEvent.Kind.ORDER_BREACHED, c.getLevel(), c.getLevel(),
                o.getType().name(), null, c.getUnitId()));
        audit.record(AuditAction.CREATE, "OrderBreach", Long.toString(orderId), "breach of a judicial order on case "
                + o.getCaseId());
    }

    /**
     * Reports the incident through intake when intake knows the case (its event comes back to this module and sets
     * the re-assessment and the alerts); otherwise applies those effects here.
     */
    private Long reportIncident(FollowedCase c, IncidentType type, Instant occurredAt, String source, String description,
                                String item) {
        if (incidents.isResolvable() && access.intakeKnowsCase(c.getCaseId())) {
            return incidents.get().report(c.getCaseId(), new NewIncident(type, occurredAt, null,
                    description == null ? type.name() : description, source));
        }
        plans.reassessmentDueNow(plans.lock(c.getCaseId()), item, Instant.now(), type != IncidentType.BREACH_OF_MEASURE);
        if (type == IncidentType.BREACH_OF_MEASURE) {
            raiser.raise(c, c.getUnitId(), FollowUpAlert.AlertType.MEASURE_BREACH, AlertSeverity.CRITICAL,
                    List.of(c.getCaseNumber() == null ? "" : c.getCaseNumber(), type.name()),
                    item);
        }
        return null;
    }

    // ---- safety plan ----

    @Transactional
    public List<SafetyPlanItem> safetyPlan(long caseId) {
        return em.createQuery("SELECT s FROM SafetyPlanItem s WHERE s.caseId = :c ORDER BY s.position", SafetyPlanItem.class)
                .setParameter("c", caseId).getResultList();
    }

    @Transactional
    public void tickSafetyItem(long caseId, long itemId, boolean done, long version) {
        requireWriter();
        access.requireReadable(caseId, "tick a safety plan item with the victim");
        SafetyPlanItem s = em.find(SafetyPlanItem.class, itemId);
        if (s == null || s.getCaseId() != caseId) {
            throw new RecordNotFound("SafetyPlanItem", itemId);
        }
        if (s.getVersion() != version) {
            throw new ConflictingChange();
        }
        s.tick(done, scope.actor().username(), Instant.now());
        audit.record(AuditAction.UPDATE, "SafetyPlanItem", Long.toString(itemId), "safety plan of case " + caseId);
    }

    // ---- due lists and dashboards ----

    /** Re-assessments and recurring measures of a unit due by the end of today or overdue (within the actor's scope). */
    @Transactional
    public List<DueItem> due(long unitId) {
        Actor a = scope.actor();
        Visibility v = scope.visibility();
        // a unit outside the caller's scope is 403 as documented (a partner used to get 200 [] for any unit)
        Optional<UnitView> unit = units.find(unitId);
        if (unit.isEmpty()) {
            throw new RecordNotFound("Unit", unitId);
        }
        if (!v.admits(new RecordLocation(unitId, unit.get().territory()))) {
            audit.record(AuditAction.ACCESS_DENIED, "Unit", Long.toString(unitId), "due list outside the actor's scope");
            throw new AccessDenied();
        }
        audit.record(a, AuditAction.SEARCH, "Unit", Long.toString(unitId), "due and overdue follow-up of a unit");
        Instant now = Instant.now();
        Instant endOfToday = LocalDate.now(DuePass.MADRID).plusDays(1).atStartOfDay(DuePass.MADRID).toInstant();
        VisibilityFilter.Condition f = VisibilityFilter.of(v, "c");
        List<DueItem> items = new ArrayList<>();
        List<Object> params = new ArrayList<>(List.of(unitId, Timestamp.from(endOfToday)));
        params.addAll(f.params());
        for (Object o : query("SELECT c.case_id, c.case_number, c.reassessment_due FROM measures.followed_case c "
                + "WHERE c.unit_id = ? AND c.status <> 'INACTIVE' AND c.reassessment_due < ? AND " + f.sql()
                + " ORDER BY c.reassessment_due LIMIT 1000", params).getResultList()) {
            Object[] r = (Object[]) o;
            Instant due = JpaDueStore.instant(r[2]);
            items.add(new DueItem(((Number) r[0]).longValue(), (String) r[1], "REASSESSMENT", null, null, due, due.isBefore(now)));
        }
        for (Object o : query("SELECT c.case_id, c.case_number, m.id, m.code, m.next_due_at FROM measures.plan_measure m "
                + "JOIN measures.followed_case c ON c.case_id = m.case_id WHERE c.unit_id = ? AND c.status <> 'INACTIVE' "
                + "AND m.withdrawn_at IS NULL AND m.next_due_at < ? AND " + f.sql()
                + " ORDER BY m.next_due_at LIMIT 1000", params).getResultList()) {
            Object[] r = (Object[]) o;
            Instant due = JpaDueStore.instant(r[4]);
            items.add(new DueItem(((Number) r[0]).longValue(), (String) r[1], "MEASURE", ((Number) r[2]).longValue(),
                    (String) r[3], due, due.isBefore(now)));
        }
        return items;
    }

    /** Active cases by level within the actor's scope (for the chart), lowest level first. */
    @Transactional
    public Map<String, Long> casesByLevel(Long unitId) {
        VisibilityFilter.Condition f = VisibilityFilter.of(scope.visibility(), "c");
        List<Object> params = new ArrayList<>(f.params());
        String unitCond = "";
        if (unitId != null) {
            unitCond = " AND c.unit_id = ?";
            params.add(unitId);
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (es.viogen.platform.api.RiskLevel l : es.viogen.platform.api.RiskLevel.values()) {
            out.put(l.name(), 0L);
        }
        out.put("NONE", 0L);
        for (Object o : query("SELECT COALESCE(c.level, 'NONE'), COUNT(*) FROM measures.followed_case c "
                + "WHERE c.status <> 'INACTIVE' AND " + f.sql() + unitCond + " GROUP BY 1", params).getResultList()) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    /** A row of the region's dashboard. */
    public record ProvinceLevelCount(String provinceCode, String level, long cases) {
    }

    /** A unit's overdue rate: active cases whose re-assessment is overdue, over its active cases. */
    public record UnitOverdueRate(long unitId, long activeCases, long overdue) {
        public double rate() {
            return activeCases == 0 ? 0 : (double) overdue / activeCases;
        }

        public String getPercent() {
            return String.format(java.util.Locale.ROOT, "%.1f %%", rate() * 100);
        }
    }

    @Transactional
    public List<ProvinceLevelCount> activeByProvinceAndLevel() {
        VisibilityFilter.Condition f = VisibilityFilter.of(scope.visibility(), "c");
        audit.record(AuditAction.SEARCH, "Case", null, "regional follow-up dashboard");
        List<ProvinceLevelCount> out = new ArrayList<>();
        for (Object o : query("SELECT COALESCE(c.province_code, '--'), COALESCE(c.level, 'NONE'), COUNT(*) "
                + "FROM measures.followed_case c WHERE c.status <> 'INACTIVE' AND " + f.sql()
                + " GROUP BY 1, 2 ORDER BY 1, 2", f.params()).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new ProvinceLevelCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()));
        }
        return out;
    }

    @Transactional
    public List<UnitOverdueRate> overdueRatePerUnit() {
        VisibilityFilter.Condition f = VisibilityFilter.of(scope.visibility(), "c");
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(Instant.now()));
        params.addAll(f.params());
        List<UnitOverdueRate> out = new ArrayList<>();
        for (Object o : query("SELECT c.unit_id, COUNT(*), COUNT(*) FILTER (WHERE c.reassessment_due < ?) "
                + "FROM measures.followed_case c WHERE c.status <> 'INACTIVE' AND " + f.sql()
                + " GROUP BY c.unit_id ORDER BY 3 DESC, 1", params).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new UnitOverdueRate(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return out;
    }

    /** The alerts this module raised for a unit lately (type, case), newest first. */
    public record RecentAlert(long caseId, String type, Instant raisedAt) {
    }

    @Transactional
    public List<RecentAlert> recentAlerts(long unitId, int max) {
        List<RecentAlert> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT case_id, type, raised_at FROM measures.raised_alert WHERE unit_id = ?1 "
                + "ORDER BY raised_at DESC LIMIT ?2").setParameter(1, unitId).setParameter(2, max).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new RecentAlert(((Number) r[0]).longValue(), (String) r[1], JpaDueStore.instant(r[2])));
        }
        return out;
    }

    @Transactional
    public List<RecentAlert> alertsOfCase(long caseId) {
        List<RecentAlert> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT case_id, type, raised_at FROM measures.raised_alert WHERE case_id = ?1 "
                + "ORDER BY raised_at DESC LIMIT 200").setParameter(1, caseId).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new RecentAlert(((Number) r[0]).longValue(), (String) r[1], JpaDueStore.instant(r[2])));
        }
        return out;
    }

    private Query query(String jdbcSql, List<Object> params) {
        Query q = em.createNativeQuery(DueSql.numbered(jdbcSql));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    /** People who work cases, or partner systems (whose scope the API filter checked). */
    private void requireWriter() {
        Actor a = scope.actor();
        if (a.isPartner() || a.role() != null && a.role().isOfficer()) {
            return;
        }
        scope.requireRole(Role.POLICE_OFFICER, Role.LOCAL_POLICE_OFFICER, Role.UNIT_SUPERVISOR, Role.PARTNER);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
