package es.viogen.measures.boundary;

import es.viogen.intake.api.IncidentReporting;
import es.viogen.intake.api.IncidentType;
import es.viogen.intake.api.NewIncident;
import es.viogen.measures.api.JudicialOrderType;
import es.viogen.measures.api.JudicialOrders;
import es.viogen.measures.api.NewJudicialOrder;
import es.viogen.measures.control.PlanKeeper;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.measures.entity.JudicialOrder;
import es.viogen.measures.entity.PlanEvent;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Violations;
import jakarta.validation.Validator;
import es.viogen.platform.api.RecordNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judicial orders of a case and their breaches (the published {@link JudicialOrders}): an order is registered with
 * its rules across fields, copied to intake and reported as an incident (a re-assessment is due); a breach becomes an
 * incident on the case, with its alert.
 */
@ApplicationScoped
public class JudicialOrderDesk implements JudicialOrders {

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Inject
    FollowUpService followUp;

    @Inject
    PlanKeeper plans;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    FollowUpAlertsRaiser raiser;

    @Inject
    IncidentReporting incidents;

    /** The request records' constraints, checked here so REST and SOAP get the same rules and messages. */
    @Inject
    Validator validator;

    @Inject
    es.viogen.intake.api.CaseJudicialOrders orderCopies;

    @Override
    @Transactional
    public long register(long caseId, NewJudicialOrder o) {
        followUp.requireWriter();
        validate(o, validator);
        FollowedCase c = followUp.caseFor(caseId, "register a judicial order");
        Instant now = Instant.now();
        JudicialOrder order = new JudicialOrder(caseId, o.type(), o.court().strip(), o.procedureNumber().strip(),
                o.startsOn(), o.endsOn(), o.distanceMetres(), FollowUpService.blankToNull(o.notes()), now, scope.actor().username());
        em.persist(order);
        em.persist(new PlanEvent(caseId, now, PlanEvent.Kind.ORDER_REGISTERED, c.getLevel(), c.getLevel(),
                o.type().name(), null, c.getUnitId()));
        em.flush();
        audit.record(AuditAction.CREATE, "JudicialOrder", Long.toString(order.getId()), "judicial order on case " + caseId);
        // intake keeps a copy of the order's dates: its inactivation rule checks the orders, not the officer's word
        orderCopies.judicialOrderRecorded(caseId, order.getId(), o.type().name(), o.startsOn(), o.endsOn());
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
        followUp.caseFor(caseId, "read judicial order " + orderId);
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
        followUp.requireWriter();
        if (description != null && description.length() > 2000) {
            throw new InvalidInput("description", "measures.validation.tooLong", 2000);
        }
        if (occurredAt == null || occurredAt.isAfter(Instant.now().plus(FollowUpService.CLOCK_SKEW))) {
            throw new InvalidInput("occurredAt", occurredAt == null ? "measures.validation.required"
                    : "measures.validation.future");
        }
        JudicialOrder o = em.find(JudicialOrder.class, orderId);
        if (o == null || o.getCaseId() != caseId) {
            throw new RecordNotFound("JudicialOrder", orderId);
        }
        FollowedCase c = followUp.caseFor(o.getCaseId(), "record the breach of a judicial order");
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
     * Reports the incident through intake (the case's owner): its event comes back to this module and sets the
     * re-assessment and the alerts.
     */
    private Long reportIncident(FollowedCase c, IncidentType type, Instant occurredAt, String source, String description,
                                String item) {
        return incidents.report(c.getCaseId(), new NewIncident(type, occurredAt, null,
                description == null ? type.name() : description, source));
    }
}
