package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the calling partner is, as the token says: organisation, scopes, territory. */
@Path("partners/me")
@Tag(name = "Autenticación")
@SecurityRequirement(name = "bearer")
public class PartnerSelfResource {

    @Inject
    CurrentActor current;

    @GET
    @RolesAllowed(Role.PARTNER_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Identidad del organismo colaborador que llama")
    @APIResponse(responseCode = "200", description = "Identidad, ámbitos y territorio")
    @APIResponse(responseCode = "401", description = "Sin token o token no válido")
    public String me() {
        Actor a = current.get();
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        a.scopes().stream().sorted().forEach(scopes::add);
        var b = Json.createObjectBuilder().add("clientId", a.username()).add("organisation", a.displayName())
                .add("scopes", scopes);
        if (a.territory() != null && a.territory().regionCode() != null) {
            b.add("regionCode", a.territory().regionCode());
        }
        if (a.territory() != null && a.territory().provinceCode() != null) {
            b.add("provinceCode", a.territory().provinceCode());
        }
        return b.build().toString();
    }
}
