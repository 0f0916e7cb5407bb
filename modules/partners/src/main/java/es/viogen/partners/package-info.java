/**
 * Partner interfaces: registry, REST and SOAP contracts, idempotency, outbound deliveries.
 * Its published surface is {@code es.viogen.partners.api}; everything else in this package tree is internal.
 */
@ApplicationModule(name = "partners", schema = "partners", allowedDependencies = {"platform", "municipal", "intake", "risk", "measures"})
package es.viogen.partners;

import es.viogen.platform.api.ApplicationModule;
