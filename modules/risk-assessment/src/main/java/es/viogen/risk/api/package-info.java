/**
 * Risk assessment's published surface.
 *
 * <table>
 *   <caption>Events</caption>
 *   <tr><th>publishes</th><th>consumes</th></tr>
 *   <tr><td>{@link es.viogen.risk.api.RiskAssessed} (with the level in force: a drop awaiting approval keeps it),
 *   {@link es.viogen.risk.api.CaseFlagRaised} (especial relevancia / minors at risk, first set),
 *   {@link es.viogen.risk.api.ReviewRequested} (the victim asks for a review)</td>
 *   <td>{@code CaseOpened} (a pending VPR), {@code IncidentReported} (a VPER due now)</td></tr>
 * </table>
 */
package es.viogen.risk.api;
