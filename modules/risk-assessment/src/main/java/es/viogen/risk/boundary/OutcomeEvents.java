package es.viogen.risk.boundary;

import es.viogen.intake.api.ComplaintAttached;
import es.viogen.intake.api.IncidentReported;
import es.viogen.intake.api.SeriousIncidentConfirmed;
import es.viogen.platform.api.DurableListener;
import es.viogen.risk.control.OutcomeRecords;
import es.viogen.risk.control.OutcomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Outcomes after assessments, from intake's events (durable listeners of the event publication registry, idempotent:
 * the earliest time of each kind per assessment wins). Measures' breaches of judicial orders arrive here as intake
 * incidents ({@code BREACH_OF_MEASURE}): measures reports every breach through intake's {@code IncidentReporting},
 * and risk may not depend on measures (measures depends on risk).
 */
@ApplicationScoped
public class OutcomeEvents {

    @Inject
    OutcomeRecords outcomes;

    /** A new aggression, threat or breach (a serious injury or killing, as recorded, is an aggression). */
    @DurableListener("risk.outcome-on-incident")
    public void incidentReported(IncidentReported e) {
        OutcomeKind.ofIncident(e.type()).ifPresent(k ->
                outcomes.record(e.caseId(), k, e.occurredAt() == null ? Instant.now() : e.occurredAt()));
    }

    /** A new complaint of the same victim against the same aggressor. */
    @DurableListener("risk.outcome-on-complaint-attached")
    public void complaintAttached(ComplaintAttached e) {
        outcomes.record(e.caseId(), OutcomeKind.COMPLAINT, e.at() == null ? Instant.now() : e.at());
    }

    /** A serious injury or a killing the regional unit confirmed: a serious outcome, at the time it happened. */
    @DurableListener("risk.outcome-on-serious-incident-confirmed")
    public void seriousConfirmed(SeriousIncidentConfirmed e) {
        outcomes.record(e.caseId(), OutcomeKind.SERIOUS, e.occurredAt());
    }
}
