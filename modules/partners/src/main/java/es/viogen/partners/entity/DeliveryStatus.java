package es.viogen.partners.entity;

/** State of an outbound delivery: waiting (first time or retry), delivered, or given up after the last attempt. */
public enum DeliveryStatus { PENDING, SENT, FAILED }
