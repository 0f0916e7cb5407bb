package es.viogen.partners.entity;

/**
 * State of an outbound delivery: waiting (first time or retry), delivered, given up after the last attempt, or
 * cancelled because its subscription was cancelled (never sent afterwards).
 */
public enum DeliveryStatus { PENDING, SENT, FAILED, CANCELLED }
