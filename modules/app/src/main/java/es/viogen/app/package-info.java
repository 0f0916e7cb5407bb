/**
 * The one WAR: data source, JAX-RS application, session cookies. It wires the modules and may use their published
 * {@code api} packages; no module may use it.
 */
@ApplicationModule(name = "app", allowedDependencies = {"platform", "municipal", "intake", "risk", "measures", "partners"})
package es.viogen.app;

import es.viogen.platform.api.ApplicationModule;
