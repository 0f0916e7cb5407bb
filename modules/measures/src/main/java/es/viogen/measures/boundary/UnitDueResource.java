package es.viogen.measures.boundary;

import es.viogen.measures.api.DueItem;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** What a unit has due today or overdue. */
@Path("units/{unitId}/due")
@Tag(name = "Protección y seguimiento")
@SecurityRequirement(name = "bearer")
public class UnitDueResource {

    @Inject
    DueLists dueLists;

    @GET
    @RolesAllowed({Role.PARTNER_NAME, Role.POLICE_OFFICER_NAME, Role.LOCAL_POLICE_OFFICER_NAME, Role.REGIONAL_UNIT_NAME})
    @RequiresScope("cases:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reevaluaciones y medidas de la unidad debidas hoy o vencidas (dentro del ámbito de quien llama)")
    @APIResponse(responseCode = "200", description = "Lista de tareas debidas")
    @APIResponse(responseCode = "403", description = "Unidad fuera del ámbito")
    @APIResponse(responseCode = "404", description = "No existe la unidad")
    public List<DueItem> due(@PathParam("unitId") long unitId) {
        return dueLists.due(unitId);
    }
}
