package es.viogen.partners.control;

/** What a prison event produced: the stored event, the incident on the case, the alert and the victim notice. */
public record PrisonEventReceipt(long prisonEventId, long caseId, long incidentId, boolean unitAlerted,
                                 long victimNotificationId) {
}
