/**
 * Risk assessment: VPR/VPER instruments as versioned data, scoring, levels, explanations.
 * Its published surface is {@code es.viogen.risk.api}; everything else in this package tree is internal.
 */
@ApplicationModule(name = "risk", schema = "risk", allowedDependencies = {"platform", "intake"})
package es.viogen.risk;

import es.viogen.platform.api.ApplicationModule;
