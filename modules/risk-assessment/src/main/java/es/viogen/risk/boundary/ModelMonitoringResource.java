package es.viogen.risk.boundary;

import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import es.viogen.risk.control.ModelMonitoringQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The monitoring of the risk instruments in use, for the ministry's partner: discrimination, calibration, cut points,
 * level distribution, "No se sabe" per indicator, overrides and the monthly trend of one instrument version, measured
 * on this installation's data, within the caller's territory. Cells with fewer than 10 outcomes are marked small and
 * carry no rate.
 */
@Path("model-monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seguimiento del modelo de riesgo",
        description = "Cómo separa cada versión de instrumento los casos que sufrieron un nuevo hecho de los que no, medido con los datos propios")
@RolesAllowed({Role.PARTNER_NAME, Role.REGIONAL_UNIT_NAME, Role.ADMIN_NAME})
@RequiresScope(ModelMonitoring.SCOPE)
@SecurityRequirement(name = "bearer")
public class ModelMonitoringResource {

    @Inject
    ModelMonitoring monitoring;

    @Inject
    ModelCards cards;

    @Inject
    es.viogen.platform.api.AuditLog audit;

    @GET
    @Path("{code}/{version}")
    @Operation(summary = "Métricas de una versión de instrumento: AUC (IC 95 % DeLong), Brier, calibración, puntos de corte, "
            + "distribución de niveles, «No se sabe», modificaciones del nivel y tendencia mensual",
            description = "Solo cuentan las valoraciones cuya ventana (30, 90 o 180 días) ya se cerró. Un resultado es "
                    + "un nuevo hecho (agresión, amenaza, quebrantamiento), una nueva denuncia o un hecho grave confirmado "
                    + "(outcome=ANY), o solo los hechos graves confirmados (outcome=SERIOUS). Las celdas con menos de 10 "
                    + "resultados se marcan small y no dan tasa.")
    @APIResponse(responseCode = "200", description = "Las métricas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModelMonitoringQueries.Report.class)))
    @APIResponse(responseCode = "400", description = "Ventana, resultado, tipo de unidad, periodo o código territorial no válidos",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Sin token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito model-monitoring:read",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No existe esa versión", content = @Content(mediaType = "application/problem+json"))
    public ModelMonitoringQueries.Report metrics(
            @PathParam("code") String code, @PathParam("version") String version,
            @Parameter(description = "Ventana en días: 30, 90 (por defecto) o 180") @QueryParam("window") Integer window,
            @Parameter(description = "ANY (por defecto) o SERIOUS") @QueryParam("outcome") String outcome,
            @Parameter(description = "Valoraciones desde este día (aaaa-mm-dd, Europe/Madrid)") @QueryParam("from") String from,
            @Parameter(description = "Valoraciones hasta este día, incluido") @QueryParam("to") String to,
            @Parameter(description = "NATIONAL_POLICE, GUARDIA_CIVIL o LOCAL_POLICE") @QueryParam("unitKind") String unitKind,
            @Parameter(description = "Comunidad autónoma (código INE de 2 cifras)") @QueryParam("region") String region,
            @Parameter(description = "Provincia (código INE de 2 cifras)") @QueryParam("province") String province) {
        return monitoring.report(new ModelMonitoring.Request(code, version, window, outcome, date("from", from),
                date("to", to), unitKind, blank(region), blank(province)));
    }

    @GET
    @Path("{code}/{version}/model-card")
    @Operation(summary = "Ficha del modelo de una versión de instrumento: finalidad, quién puede usarlo, indicadores y "
            + "procedencia de los pesos, métricas medidas aquí, límites conocidos y cómo modificar el nivel")
    @APIResponse(responseCode = "200", description = "La ficha",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelCards.Card.class)))
    @APIResponse(responseCode = "401", description = "Sin token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito model-monitoring:read",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No existe esa versión", content = @Content(mediaType = "application/problem+json"))
    public ModelCards.Card card(@PathParam("code") String code, @PathParam("version") String version) {
        ModelCards.Card card = cards.card(code, version, java.util.Locale.forLanguageTag("es"), true);
        audit.record(es.viogen.platform.api.AuditAction.READ, "ModelCard", code + "/" + version, "model card over REST");
        return card;
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "risk.monitoring.invalid.date");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
