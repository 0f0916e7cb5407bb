package es.viogen.measures.boundary;

import es.viogen.measures.api.JudicialOrderType;
import es.viogen.measures.api.NewJudicialOrder;
import es.viogen.measures.entity.JudicialOrder;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/** Courts send the judicial orders of a case. */
@Path("cases/{caseId}/judicial-orders")
@Tag(name = "Protección y seguimiento")
@SecurityRequirement(name = "bearer")
public class JudicialOrderResource {

    /** A breach as a court or the police report it. */
    public record BreachInput(@NotNull @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START) Instant occurredAt,
                              @Size(max = 2000) @PlainText(multiline = true) String description) {
    }

    @Inject
    JudicialOrderDesk orders;

    @POST
    @RolesAllowed({Role.PARTNER_NAME, Role.POLICE_OFFICER_NAME, Role.LOCAL_POLICE_OFFICER_NAME})
    @RequiresScope("judicial-orders:write")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerJudicialOrder", summary = "Registra una orden judicial del caso (orden de protección, alejamiento, pulsera...)",
            description = "Cuerpo: {\"type\": \"RESTRAINING_DISTANCE\", \"court\": \"...\", \"procedureNumber\": \"...\", "
                    + "\"startsOn\": \"2026-11-23\", \"endsOn\": \"2027-11-23\", \"distanceMetres\": 500, \"notes\": \"...\"}. "
                    + "El cambio de medidas judiciales hace debida una reevaluación.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "alejamiento",
            summary = "Orden de alejamiento de 500 m durante un año", value = "{\"type\":\"RESTRAINING_DISTANCE\",\"court\":\"Juzgado de Violencia sobre la Mujer n.º 1 de Valladolid\","
                    + "\"procedureNumber\":\"VSM 7/2026\",\"startsOn\":\"2026-11-23\",\"endsOn\":\"2027-11-23\","
                    + "\"distanceMetres\":500,\"notes\":\"Prohibición de comunicación por cualquier medio\"}")))
    @APIResponse(responseCode = "201", description = "Orden registrada; devuelve su id y la cabecera Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderCreated.class)))
    @APIResponse(responseCode = "400", description = "Datos no válidos (errors[].field)")
    @APIResponse(responseCode = "403", description = "Caso fuera del ámbito o sin el ámbito judicial-orders:write")
    @APIResponse(responseCode = "404", description = "Caso desconocido")
    // validated by the facade (constraints and cross-field rules together, for REST and SOAP alike)
    public Response register(@PathParam("caseId") long caseId, NewJudicialOrder order, @Context UriInfo uri) {
        long id = orders.register(caseId, order);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + id)).entity(new OrderCreated(id, caseId))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The answer to a registration: the order's id (its Location) and its case. */
    public record OrderCreated(long id, long caseId) {
    }

    /** A judicial order as registered. */
    public record JudicialOrderView(long id, long caseId, JudicialOrderType type, String court, String procedureNumber,
                                    LocalDate startsOn, LocalDate endsOn, Integer distanceMetres, String notes,
                                    Instant registeredAt) {
    }

    @GET
    @Path("{orderId}")
    @RolesAllowed({Role.PARTNER_NAME, Role.POLICE_OFFICER_NAME, Role.LOCAL_POLICE_OFFICER_NAME})
    @RequiresScope("cases:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getJudicialOrder", summary = "Consulta una orden judicial del caso (la dirección Location de su alta)",
            description = "Solo casos del territorio. Lectura auditada.")
    @APIResponse(responseCode = "200", description = "La orden", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JudicialOrderView.class)))
    @APIResponse(responseCode = "404", description = "Caso u orden desconocidos", content = @Content(mediaType = "application/problem+json"))
    public JudicialOrderView order(@PathParam("caseId") long caseId, @PathParam("orderId") long orderId) {
        JudicialOrder o = orders.order(caseId, orderId);
        return new JudicialOrderView(o.getId(), o.getCaseId(), o.getType(), o.getCourt(), o.getProcedureNumber(),
                o.getStartsOn(), o.getEndsOn(), o.getDistanceMetres(), o.getNotes(), o.getRegisteredAt());
    }

    @POST
    @Path("{orderId}/breaches")
    @RolesAllowed({Role.PARTNER_NAME, Role.POLICE_OFFICER_NAME, Role.LOCAL_POLICE_OFFICER_NAME})
    @RequiresScope("incidents:write")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportOrderBreach", summary = "Comunica el quebrantamiento de una orden judicial: se registra como incidencia del caso",
            description = "Cuerpo: {\"occurredAt\": \"2026-11-23T10:00:00Z\", \"description\": \"...\"}. "
                    + "Exige reevaluar el riesgo de inmediato y alerta a la unidad responsable.")
    @APIResponse(responseCode = "201", description = "Quebrantamiento registrado", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreachRecorded.class)))
    @APIResponse(responseCode = "400", description = "Datos no válidos (errors[].field)")
    @APIResponse(responseCode = "403", description = "Caso fuera del ámbito o sin el ámbito incidents:write")
    @APIResponse(responseCode = "404", description = "Orden desconocida o de otro caso")
    public Response breach(@PathParam("caseId") long caseId, @PathParam("orderId") long orderId,
                           @Valid BreachInput body) {
        if (body == null) {
            throw new InvalidInput("occurredAt", "measures.validation.required");
        }
        orders.recordBreach(caseId, orderId, body.occurredAt(), body.description());
        return Response.status(Response.Status.CREATED).entity(new BreachRecorded(orderId, caseId))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The answer to a breach: the order and its case (the breach is an incident of the case). */
    public record BreachRecorded(long orderId, long caseId) {
    }
}
