/**
 * Measures and follow-up's published surface.
 *
 * <table>
 *   <caption>Events</caption>
 *   <tr><th>publishes</th><th>consumes</th></tr>
 *   <tr><td>{@code JudicialOrderExpiring} (fired once per order, by the scheduler, when its end is within the
 *   protocol's notice days)</td>
 *   <td>{@code CaseOpened} (starts following the case), {@code RiskAssessed} (the plan follows the level; next
 *   re-assessment due), {@code IncidentReported} (re-assessment due now; breach and prison alerts),
 *   {@code CaseTransferred} (plan and alerts follow the new unit), {@code CaseInactivated},
 *   {@code CaseReactivated}</td></tr>
 * </table>
 *
 * <p>Queries: {@link es.viogen.measures.api.FollowUpQueries} (plan of a case), commands:
 * {@link es.viogen.measures.api.JudicialOrders}; {@link es.viogen.measures.api.DueItem} is what
 * {@code GET /api/v1/units/{id}/due} returns.
 */
package es.viogen.measures.api;
