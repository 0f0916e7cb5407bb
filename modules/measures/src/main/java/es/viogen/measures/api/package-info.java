/**
 * Measures and follow-up's published surface.
 *
 * <table>
 *   <caption>Events</caption>
 *   <tr><th>publishes</th><th>consumes</th></tr>
 *   <tr><td>{@code JudicialOrderExpiring}</td>
 *   <td>{@code CaseOpened}, {@code IncidentReported}, {@code CaseTransferred}, {@code CaseInactivated},
 *   {@code RiskAssessed}</td></tr>
 * </table>
 */
package es.viogen.measures.api;
