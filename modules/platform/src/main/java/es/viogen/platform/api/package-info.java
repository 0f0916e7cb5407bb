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
 */
package es.viogen.platform.api;
