package es.viogen.intake.boundary;

import es.viogen.intake.control.CaseDetail;
import es.viogen.intake.entity.Transfer;
import es.viogen.platform.api.IneCode;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
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

/**
 * A case's transfers for partner systems: request one, read it back, cancel it (who asked), accept or reject it (the
 * receiving side). Answers without content produce nothing, so any {@code Accept} is served (a generated client
 * asks only for {@code application/problem+json} there).
 */
@Path("cases/{id}/transfers")
@Tag(name = "Casos")
@SecurityRequirement(name = "bearer")
public class CaseTransfersResource {

    private static final String PROBLEM = es.viogen.platform.api.ProblemDetails.MEDIA_TYPE;

    @Inject
    CaseFiles files;

    @Inject
    CaseTransfers transfers;

    @Context
    UriInfo uri;

    /** A transfer request. */
    public record TransferRequest(@Positive Long toUnitId, @IneCode String newMunicipalityCode,
                                  @Size(max = 1000) @PlainText(multiline = true) String reason) {
    }

    /** A decision on a transfer. */
    public record TransferDecision(@Size(max = 1000) @PlainText(multiline = true) String note) {
    }

    /** The answer to a transfer request. */
    public record TransferCreated(long id, String status) {
    }

    /** A transfer request and its decision. */
    public record TransferView(long id, long caseId, long fromUnitId, long toUnitId, String newMunicipalityCode,
                               String reason, String status, Instant requestedAt, Instant decidedAt,
                               String decisionNote) {
    }

    @GET
    @Path("{transferId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:read")
    @Operation(operationId = "getTransfer", summary = "Consulta una solicitud de traslado y su decisión",
            description = "Solo casos del territorio del organismo. Lectura auditada.")
    @APIResponse(responseCode = "200", description = "El traslado",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "404", description = "No existe el caso o el traslado no es de ese caso",
            content = @Content(mediaType = PROBLEM))
    public TransferView transfer(@PathParam("id") long id, @PathParam("transferId") long transferId) {
        CaseDetail d = files.open(id, "partner read transfer " + transferId);
        Transfer t = d.getTransfers().stream().filter(x -> x.getId() == transferId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Transfer", transferId));
        return new TransferView(t.getId(), t.getCaseId(), t.getFromUnitId(), t.getToUnitId(), t.getNewMunicipalityCode(),
                t.getReason(), t.getStatus().name(), t.getRequestedAt(), t.getDecidedAt(), t.getDecisionNote());
    }

    @POST
    @Path("{transferId}/cancel")
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(operationId = "cancelTransfer", summary = "Retira una solicitud de traslado pendiente (quien la pidió)")
    @APIResponse(responseCode = "204", description = "Retirada")
    @APIResponse(responseCode = "404", description = "No existe el caso o el traslado", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Ya decidido", content = @Content(mediaType = PROBLEM))
    public Response cancelTransfer(@PathParam("id") long id, @PathParam("transferId") long transferId) {
        transfers.cancel(id, transferId);
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(operationId = "requestTransfer", summary = "Solicita el traslado del caso a otra unidad")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "cambio de domicilio",
            summary = "Traslado a otra unidad (toUnitId: GET /api/v1/units)", value = "{\"toUnitId\":2,\"newMunicipalityCode\":\"24089\",\"reason\":\"Cambio de domicilio de la víctima\"}")))
    @APIResponse(responseCode = "201", description = "Solicitud registrada; cabecera Location con su dirección",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferCreated.class)))
    @APIResponse(responseCode = "400", description = "Datos no válidos", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Ya hay un traslado pendiente", content = @Content(mediaType = PROBLEM))
    public Response requestTransfer(@PathParam("id") long id, @Valid TransferRequest body) {
        TransferRequest b = body == null ? new TransferRequest(null, null, null) : body;
        long tid = transfers.request(id, b.toUnitId(), b.newMunicipalityCode(), b.reason());
        URI location = uri.getBaseUriBuilder().path("cases").path(String.valueOf(id)).path("transfers")
                .path(String.valueOf(tid)).build();
        return Response.created(location).entity(new TransferCreated(tid, "PENDING"))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{transferId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(summary = "Acepta un traslado (el caso pasa a la unidad de destino)")
    @APIResponse(responseCode = "204", description = "Aceptado")
    @APIResponse(responseCode = "422", description = "Ya decidido", content = @Content(mediaType = PROBLEM))
    public Response acceptTransfer(@PathParam("id") long id, @PathParam("transferId") long transferId, @Valid TransferDecision body) {
        transfers.accept(id, transferId, body == null ? null : body.note());
        return Response.noContent().build();
    }

    @POST
    @Path("{transferId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Operation(summary = "Rechaza un traslado (motivo obligatorio)")
    @APIResponse(responseCode = "204", description = "Rechazado")
    @APIResponse(responseCode = "400", description = "Falta el motivo", content = @Content(mediaType = PROBLEM))
    public Response rejectTransfer(@PathParam("id") long id, @PathParam("transferId") long transferId, @Valid TransferDecision body) {
        transfers.reject(id, transferId, body == null ? null : body.note());
        return Response.noContent().build();
    }
}
