/**
 * Municipal integration's published surface.
 *
 * <table>
 *   <caption>Events</caption>
 *   <tr><th>publishes</th><th>consumes</th></tr>
 *   <tr><td>{@link es.viogen.municipal.api.MunicipalityIntegrated}, {@link es.viogen.municipal.api.AgreementExpiring}</td>
 *   <td>none</td></tr>
 * </table>
 */
package es.viogen.municipal.api;
