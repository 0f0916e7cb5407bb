package es.viogen.intake.boundary;

import es.viogen.intake.api.CaseReactivated;
import es.viogen.intake.api.CaseStatus;
import es.viogen.intake.api.ComplaintChannel;
import es.viogen.intake.api.IncidentReported;
import es.viogen.intake.api.IncidentReporting;
import es.viogen.intake.api.IncidentType;
import es.viogen.intake.api.NewIncident;
import es.viogen.intake.api.SeriousIncidentConfirmed;
import es.viogen.intake.control.CaseRepository;
import es.viogen.intake.control.IntakeValidation;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Complaint;
import es.viogen.intake.entity.Incident;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Records incidents on a case. The types of reference §1.7 make a re-assessment due now ({@link IncidentReported}
 * carries it); an incident on an inactive or supervised case reactivates it ({@link CaseReactivated}).
 */
@ApplicationScoped
public class IncidentDesk implements IncidentReporting {

    /** The partner scope that prison-event incident types (permit, release, admission) need. */
    static final String PRISON_EVENTS_SCOPE = "prison-events:write";

    @Inject
    Validator validator;

    @Inject
    CaseRepository repository;

    @Inject
    CaseGatekeeper access;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    @Inject
    DomainEvents reported;

    @Inject
    DomainEvents reactivated;

    @Override
    @Transactional
    public long report(long caseId, NewIncident incident) {
        Instant now = Instant.now();
        Actor actor = scope.actor();
        if (incident != null && incident.type() != null && incident.type().isPrisonEvent() && actor != null
                && actor.isPartner() && !actor.hasScope(PRISON_EVENTS_SCOPE)) {
            // prison events need their scope on every path (REST incidents, SOAP, the prison-event operation)
            audit.record(actor, AuditAction.ACCESS_DENIED, "Case", String.valueOf(caseId),
                    "prison event type without the " + PRISON_EVENTS_SCOPE + " scope");
            throw new AccessDenied();
        }
        List<FieldError> errors = IntakeValidation.check(validator, incident);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Case c = access.forChange(caseId, "incident");
        boolean reactivates = c.getStatus() != CaseStatus.ACTIVE;
        Incident i = new Incident(caseId, incident.type(), incident.occurredAt(), trim(incident.place()),
                incident.description().trim(), incident.source().trim(), reactivates, now, scope.actor().username());
        repository.em().persist(i);
        if (incident.type() == IncidentType.BREACH_OF_MEASURE) {
            // a breach is a crime (art. 468 CP): it is also a new complaint (atestado) on the case
            repository.em().persist(new Complaint(caseId, null, incident.occurredAt(), trim(incident.place()),
                    c.getMunicipalityCode(), ComplaintChannel.EX_OFFICIO,
                    breachSummary(incident.description()), now, scope.actor().username()));
        }
        if (incident.type() == IncidentType.AGGRESSOR_UNLOCATED) {
            repository.aggressorOf(caseId).ifPresent(a -> a.whereaboutsKnown(false));
        }
        if (reactivates) {
            c.reactivate("incident " + incident.type(), now);
        }
        repository.em().flush();
        audit.record(AuditAction.CREATE, "Incident", String.valueOf(i.getId()), "incident on case " + caseId);
        if (reactivates) {
            reactivated.publish(new CaseReactivated(caseId, now));
        }
        reported.publish(new IncidentReported(caseId, i.getId(), incident.type(), incident.type().requiresReassessment(),
                incident.occurredAt(), c.getUnitId()));
        return i.getId();
    }

    /**
     * The regional unit confirms a serious incident (serious injury, feminicidio) the case's unit recorded: only a
     * person of the REGIONAL_UNIT role whose territory holds the case (else 403, audited), once (else 409); audited
     * as a change of the incident; {@link SeriousIncidentConfirmed} tells the risk module's outcome record.
     */
    @Transactional
    public void confirmSerious(long caseId, long incidentId) {
        Actor actor = scope.actor();
        if (actor == null || !actor.hasRole(Role.REGIONAL_UNIT)) {
            audit.record(AuditAction.ACCESS_DENIED, "Incident", String.valueOf(incidentId),
                    "serious incident confirmation: only the regional unit confirms");
            throw new AccessDenied();
        }
        access.forChange(caseId, "serious incident confirmation");
        Incident i = repository.em().find(Incident.class, incidentId);
        if (i == null || i.getCaseId() != caseId) {
            throw new RecordNotFound("Incident", incidentId);
        }
        if (!i.getType().isSerious()) {
            throw new RuleViolation("INCIDENT_NOT_SERIOUS", "intake.incident.confirm.notSerious");
        }
        if (!i.isAwaitingConfirmation()) {
            throw new RuleViolation("INCIDENT_CONFIRMED", "intake.incident.confirm.already");
        }
        Instant now = Instant.now();
        i.confirm(actor.username(), now);
        repository.em().flush();
        audit.record(AuditAction.UPDATE, "Incident", String.valueOf(incidentId),
                "serious incident confirmed by the regional unit on case " + caseId);
        reported.publish(new SeriousIncidentConfirmed(caseId, incidentId, i.getType(), i.getOccurredAt(), now));
    }

    private static String breachSummary(String description) {
        String text = "Quebrantamiento de medida: " + description.trim();
        return text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
