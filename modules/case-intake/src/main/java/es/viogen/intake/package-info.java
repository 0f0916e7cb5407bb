/**
 * Case intake: cases, victims, aggressors, minors, complaints, incidents, transfers, inactivation.
 * Its published surface is {@code es.viogen.intake.api}; everything else in this package tree is internal.
 */
@ApplicationModule(name = "intake", schema = "intake", allowedDependencies = {"platform", "municipal"})
package es.viogen.intake;

import es.viogen.platform.api.ApplicationModule;
