package es.viogen.intake.api;

import java.time.LocalDate;

/**
 * The measures module tells intake of each judicial order it registers (in the registering transaction), so that
 * inactivation checks "no judicial measure in force" against the orders themselves, not against the officer's word,
 * without intake depending on measures. Intake keeps a copy of the order's dates only.
 */
public interface CaseJudicialOrders {

    void judicialOrderRecorded(long caseId, long orderId, String type, LocalDate startsOn, LocalDate endsOn);
}
