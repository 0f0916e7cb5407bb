/**
 * Case intake's published surface.
 *
 * <table>
 *   <caption>Events</caption>
 *   <tr><th>publishes</th><th>consumes</th></tr>
 *   <tr><td>{@link es.viogen.intake.api.CaseOpened}, {@link es.viogen.intake.api.IncidentReported},
 *   {@link es.viogen.intake.api.CaseTransferred}, {@link es.viogen.intake.api.CaseInactivated},
 *   {@link es.viogen.intake.api.CaseReactivated}</td>
 *   <td>none (risk levels arrive through {@link es.viogen.intake.api.CaseRiskRecorder})</td></tr>
 * </table>
 */
package es.viogen.intake.api;
