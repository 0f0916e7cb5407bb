package es.viogen.risk.boundary;

import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import es.viogen.risk.entity.InstrumentVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The risk instruments (VPR, VPER) as data: their versions and each version's full definition (factors, indicators,
 * weights, cut points, red flags, H-scale, minors rules). The weights are the project's illustrative values.
 */
@Path("instruments")
@Tag(name = "Valoración del riesgo")
@SecurityRequirement(name = "bearer")
public class InstrumentResource {

    @Inject
    InstrumentLibrary library;

    @GET
    @RolesAllowed({Role.PARTNER_NAME, Role.ADMIN_NAME})
    @RequiresScope("assessments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lista las versiones de los instrumentos de valoración (VPR, VPER)")
    @APIResponse(responseCode = "200", description = "Código, versión, tipo, título, si es la vigente y cuándo se cargó")
    @APIResponse(responseCode = "401", description = "Sin token")
    @APIResponse(responseCode = "403", description = "El token no tiene el ámbito assessments:read")
    public java.util.List<RiskAnswers.InstrumentSummary> list() {
        java.util.List<RiskAnswers.InstrumentSummary> out = new java.util.ArrayList<>();
        for (InstrumentVersion v : library.all()) {
            out.add(new RiskAnswers.InstrumentSummary(v.getCode(), v.getVersion(), v.getKind().name(), v.getTitle(),
                    v.isCurrent(), v.getSource().name(), v.getLoadedAt(), v.getSha256(),
                    "/api/v1/instruments/" + v.getCode() + "/" + v.getVersion()));
        }
        return out;
    }

    @GET
    @Path("{code}/{version}")
    @RolesAllowed({Role.PARTNER_NAME, Role.ADMIN_NAME})
    @RequiresScope("assessments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Definición completa de una versión de un instrumento, tal como se cargó")
    @APIResponse(responseCode = "200", description = "La definición, byte a byte como se cargó (su SHA-256 es el de la lista)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RiskAnswers.InstrumentDefinition.class)))
    @APIResponse(responseCode = "404", description = "No existe esa versión")
    @APIResponse(responseCode = "401", description = "Sin token")
    @APIResponse(responseCode = "403", description = "El token no tiene el ámbito assessments:read")
    public String definition(@PathParam("code") String code, @PathParam("version") String version) {
        return library.version(code, version).getDefinition();
    }
}
