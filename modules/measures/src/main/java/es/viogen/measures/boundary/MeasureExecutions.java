package es.viogen.measures.boundary;

import es.viogen.measures.control.PlanKeeper;
import es.viogen.measures.control.ProtocolStore;
import es.viogen.measures.entity.FollowedCase;
import es.viogen.measures.entity.MeasureExecution;
import es.viogen.measures.entity.PlanMeasure;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Executions of plan measures (a contact made, a surveillance done...): recorded for a case the actor may read, and
 * the measure rescheduled by its protocol.
 */
@ApplicationScoped
public class MeasureExecutions {

    @PersistenceContext(unitName = "measures")
    EntityManager em;

    @Inject
    FollowUpService followUp;

    @Inject
    PlanKeeper plans;

    @Inject
    ProtocolStore protocols;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /** Records an execution of a plan measure (contact made, surveillance done...) and reschedules it. */
    @Transactional
    public long recordExecution(long caseId, long measureId, Instant executedAt, String notes) {
        followUp.requireWriter();
        List<FieldError> errors = new ArrayList<>();
        Instant now = Instant.now();
        if (executedAt == null) {
            errors.add(new FieldError("executedAt", "measures.validation.required"));
        } else if (executedAt.isAfter(now.plus(FollowUpService.CLOCK_SKEW))) {
            errors.add(new FieldError("executedAt", "measures.validation.future"));
        }
        if (notes != null && notes.length() > 2000) {
            errors.add(new FieldError("notes", "measures.validation.tooLong", 2000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        FollowedCase c = followUp.caseFor(caseId, "record a protection measure execution");
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
        MeasureExecution e = new MeasureExecution(measureId, caseId, executedAt, FollowUpService.blankToNull(notes),
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
}
