/**
 * Municipal integration: the INE registry, adhesion agreements, local police units, coverage, crisis centres.
 * Its published surface is {@code es.viogen.municipal.api}; everything else in this package tree is internal.
 */
@ApplicationModule(name = "municipal", schema = "municipal", allowedDependencies = {"platform"})
package es.viogen.municipal;

import es.viogen.platform.api.ApplicationModule;
