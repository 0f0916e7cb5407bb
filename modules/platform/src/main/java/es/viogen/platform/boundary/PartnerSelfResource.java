package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
    @APIResponse(responseCode = "200", description = "Identidad, ámbitos y territorio (regionCode y provinceCode solo si el "
            + "territorio los limita)")
    @APIResponse(responseCode = "401", description = "Sin token o token no válido")
    public PartnerIdentity me() {
        Actor a = current.get();
        var t = a.territory();
        return new PartnerIdentity(a.username(), a.displayName(), a.scopes().stream().sorted().toList(),
                t == null ? null : t.regionCode(), t == null ? null : t.provinceCode());
    }

    /** The calling partner: its client id, organisation, scopes (sorted) and the territory its token limits it to. */
    public record PartnerIdentity(String clientId, String organisation, java.util.List<String> scopes, String regionCode,
                                  String provinceCode) {
    }
}
