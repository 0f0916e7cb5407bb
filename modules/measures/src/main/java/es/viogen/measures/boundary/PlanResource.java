package es.viogen.measures.boundary;

import es.viogen.measures.api.PlanView;
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

/**
 * A case's protection plan. Each resource class carries its full path: a class at {@code cases/{caseId}} would
 * capture every {@code /cases/{id}/...} request (JAX-RS picks one root class by its literal path) and hide intake's
 * and the other modules' case operations.
 */
@Path("cases/{caseId}/plan")
@Tag(name = "Protección y seguimiento")
@SecurityRequirement(name = "bearer")
public class PlanResource {

    @Inject
    FollowUpService followUp;

    @GET
    @RolesAllowed({Role.PARTNER_NAME, Role.POLICE_OFFICER_NAME, Role.LOCAL_POLICE_OFFICER_NAME, Role.REGIONAL_UNIT_NAME})
    @RequiresScope("cases:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan de protección del caso: nivel, medidas en vigor y próxima reevaluación")
    @APIResponse(responseCode = "200", description = "El plan")
    @APIResponse(responseCode = "403", description = "Caso fuera del ámbito territorial o sin el ámbito cases:read")
    @APIResponse(responseCode = "404", description = "Caso desconocido")
    public PlanView plan(@PathParam("caseId") long caseId) {
        return followUp.planFor(caseId, "protection plan requested over the API");
    }
}
