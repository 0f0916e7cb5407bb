/**
 * Official monthly statistics: month-end snapshots of the case, risk, assessment and local-police figures by region
 * and province, kept once written; comparison, charts, exports and REST for the ministry.
 * Its published surface is {@code es.viogen.statistics.api}; everything else in this package tree is internal.
 */
@ApplicationModule(name = "statistics", schema = "statistics", allowedDependencies = {"platform", "municipal", "intake", "risk"})
package es.viogen.statistics;

import es.viogen.platform.api.ApplicationModule;
