/**
 * Protection measures: catalogue per level, plans, judicial orders, re-assessment schedule, follow-up alerts.
 * Its published surface is {@code es.viogen.measures.api}; everything else in this package tree is internal.
 */
@ApplicationModule(name = "measures", schema = "measures", allowedDependencies = {"platform", "municipal", "intake", "risk"})
package es.viogen.measures;

import es.viogen.platform.api.ApplicationModule;
