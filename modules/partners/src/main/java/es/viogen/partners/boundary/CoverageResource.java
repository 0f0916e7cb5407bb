package es.viogen.partners.boundary;

import es.viogen.municipal.api.CoverageView;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Municipal coverage (integrated towns over towns in the programme) in the partner's territory. */
@Path("partner/coverage")
@Tag(name = "Organismos colaboradores")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.PARTNER_NAME)
@RequiresScope("coverage:read")
public class CoverageResource {

    @Inject
    PartnerOperations operations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cobertura municipal en el territorio del organismo",
            description = "Para un organismo provincial, la fila de su provincia; para uno regional, la comunidad y sus "
                    + "provincias. Un organismo de ámbito nacional indica la comunidad con ?region=.")
    @APIResponse(responseCode = "200", description = "Cobertura", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "provincia", value = "[{\"regionCode\":\"07\",\"provinceCode\":\"47\","
                    + "\"programme\":24,\"integrated\":10,\"percentage\":41.7,\"pendingIneCodes\":[\"47010\"]}]")))
    @APIResponse(responseCode = "400", description = "Falta la comunidad", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Sin token válido", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito coverage:read o fuera de su territorio",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Servicio municipal no disponible", content = @Content(mediaType = "application/problem+json"))
    public List<CoverageView> coverage(@QueryParam("region") String region) {
        return operations.coverage(region);
    }
}
