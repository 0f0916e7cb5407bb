package es.viogen.partners.entity;

/**
 * Events a partner may subscribe to. {@code DILIGENCIA}: a case became <em>de especial relevancia</em> or got minors
 * at risk (the express notice to the court and the prosecutor); {@code BREACH_REPORTED}: a breach of a protection
 * measure (a crime, art. 468 CP). Both are delivered to courts and prosecutors only.
 */
public enum OutboundEventType { LEVEL_CHANGED, CASE_TRANSFERRED, CASE_INACTIVATED, ORDER_EXPIRING, DILIGENCIA, BREACH_REPORTED }
