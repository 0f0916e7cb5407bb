package es.viogen.intake.api;

/**
 * Records an incident on a case for the current actor (scope-checked and audited), reactivates an inactive or
 * supervised case, and publishes {@link IncidentReported}.
 *
 * @return the incident id
 */
public interface IncidentReporting {

    long report(long caseId, NewIncident incident);
}
