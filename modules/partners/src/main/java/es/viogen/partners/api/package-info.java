/**
 * Partner interfaces (REST and SOAP for courts, prisons and support services). This module publishes nothing to
 * the others; it consumes their api packages and their events (for outbound deliveries).
 */
package es.viogen.partners.api;
