/**
 * The shared kernel: identity and access, territory, audit log, alerts inbox, bundles, template, problem details.
 * Its published surface is {@code es.viogen.platform.api}; everything else in this package tree is internal.
 */
@ApplicationModule(name = "platform", schema = "platform", allowedDependencies = {})
package es.viogen.platform;

import es.viogen.platform.api.ApplicationModule;
