/**
 * The platform's published surface: identity and territory of the acting user, access scope, audit log, alerts inbox,
 * units, bundles, startup and the domain exceptions that every boundary maps to problem+json, Faces messages or SOAP
 * faults.
 *
 * <table>
 *   <caption>Events</caption>
 *   <tr><th>publishes</th><th>consumes</th></tr>
 *   <tr><td>{@link es.viogen.platform.api.PlatformReady} (after migrations, before traffic)</td><td>none</td></tr>
 * </table>
 * Modules publish their own events through {@link es.viogen.platform.api.DomainEvents} and react to other modules'
 * events with {@link es.viogen.platform.api.DurableListener} methods: the platform's event publication registry
 * stores, runs, retries and lists them (page {@code /admin/publications.xhtml}).
 */
package es.viogen.platform.api;
