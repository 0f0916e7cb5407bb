package es.viogen.measures.api;

/**
 * Registers a judicial order on a case for the current actor (scope-checked through intake, audited). A change of
 * judicial measures is an incident that makes a re-assessment due.
 *
 * @return the order id
 */
public interface JudicialOrders {

    long register(long caseId, NewJudicialOrder order);
}
