package es.viogen.risk.boundary;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import es.viogen.risk.entity.LevelDrop;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The case's level drops: applied, proposed (awaiting approval) and decided. */
@Path("cases/{caseId}/level-drops")
@Tag(name = "Valoración del riesgo")
@SecurityRequirement(name = "bearer")
public class LevelDropResource {

    @Inject
    LevelDrops drops;

    @GET
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("assessments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bajadas de nivel del caso: aplicadas, propuestas (pendientes de aprobación) y decididas")
    @APIResponse(responseCode = "200", description = "Lista, la más reciente primero")
    @APIResponse(responseCode = "403", description = "Sin el ámbito assessments:read, o caso fuera de su territorio")
    @APIResponse(responseCode = "404", description = "No existe el caso")
    public List<CaseRiskResource.DropView> levelDrops(@PathParam("caseId") long caseId) {
        return drops.ofCase(caseId).stream().map(CaseRiskResource.DropView::of).toList();
    }
}
