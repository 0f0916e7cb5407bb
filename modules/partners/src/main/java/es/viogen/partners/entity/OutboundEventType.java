package es.viogen.partners.entity;

/** Events a partner may subscribe to. */
public enum OutboundEventType {
    LEVEL_CHANGED, CASE_TRANSFERRED, CASE_INACTIVATED, ORDER_EXPIRING,
    /** A breach of a protection measure (a crime, art. 468 CP): delivered to courts and prosecutors only. */
    BREACH_REPORTED
}
