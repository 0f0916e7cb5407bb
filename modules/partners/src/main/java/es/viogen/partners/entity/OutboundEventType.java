package es.viogen.partners.entity;

/** Events a partner may subscribe to. */
public enum OutboundEventType { LEVEL_CHANGED, CASE_TRANSFERRED, CASE_INACTIVATED, ORDER_EXPIRING }
