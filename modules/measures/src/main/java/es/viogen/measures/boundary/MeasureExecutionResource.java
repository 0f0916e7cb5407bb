package es.viogen.measures.boundary;

import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Executions of a measure of a case's protection plan (contact made, surveillance done, escort...). */
@Path("cases/{caseId}/measures/{measureId}/executions")
@Tag(name = "Protección y seguimiento")
@SecurityRequirement(name = "bearer")
public class MeasureExecutionResource {

    /** An execution as reported. */
    public record ExecutionInput(@NotNull @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START) Instant executedAt,
                                 @Size(max = 2000) @PlainText(multiline = true) String notes) {
    }

    @Inject
    FollowUpService followUp;

    @Inject
    MeasureExecutions executions;

    @POST
    @RolesAllowed({Role.PARTNER_NAME, Role.POLICE_OFFICER_NAME, Role.LOCAL_POLICE_OFFICER_NAME})
    @RequiresScope("cases:write")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registra la ejecución de una medida del plan (contacto, vigilancia, acompañamiento...)",
            description = "Cuerpo: {\"executedAt\": \"2026-11-23T10:00:00Z\", \"notes\": \"...\"}")
    @APIResponse(responseCode = "201", description = "Ejecución registrada; devuelve su id y la próxima fecha debida",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionRecorded.class)))
    @APIResponse(responseCode = "400", description = "Datos no válidos (errors[].field)")
    @APIResponse(responseCode = "403", description = "Caso fuera del ámbito")
    @APIResponse(responseCode = "404", description = "Caso o medida desconocidos")
    @APIResponse(responseCode = "422", description = "La medida fue retirada del plan")
    public Response execution(@PathParam("caseId") long caseId, @PathParam("measureId") long measureId,
                              @Valid ExecutionInput body, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (body == null) {
            throw new InvalidInput("executedAt", "measures.validation.required");
        }
        long id = executions.recordExecution(caseId, measureId, body.executedAt(), body.notes());
        var measure = followUp.plan(caseId).flatMap(p -> p.measures().stream()
                .filter(m -> m.measureId() == measureId).findFirst());
        Instant next = measure.map(m -> m.nextDueAt()).orElse(null);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + id))
                .entity(new ExecutionRecorded(id, measureId, next)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The answer to an execution: its id, the measure and when the measure is next due (absent if never again). */
    public record ExecutionRecorded(long id, long measureId, Instant nextDueAt) {
    }
}
