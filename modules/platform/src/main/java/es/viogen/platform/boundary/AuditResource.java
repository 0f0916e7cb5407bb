package es.viogen.platform.boundary;

import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verification of the audit chain for operations automation (ADMIN tokens, e.g. from an external issuer).
 * Partners are refused (403).
 */
@Path("admin/audit/verification")
@Tag(name = "Auditoría")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    @Inject
    AuditQueries queries;

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verifica la cadena de hashes del registro de auditoría")
    @APIResponse(responseCode = "200", description = "Resultado: filas selladas comprobadas a lo largo de la "
            + "cadena, filas recientes aún sin sellar (se comprueba su contenido) y primera fila rota, si la hay")
    @APIResponse(responseCode = "401", description = "Sin token")
    @APIResponse(responseCode = "403", description = "El token no tiene el rol ADMIN")
    public AuditVerification verify() {
        AuditQueries.Verification v = queries.verify();
        return new AuditVerification(v.intact(), v.rowsChecked(), v.unsealed(), v.firstBrokenId().orElse(null));
    }

    /** The chain's check: intact or not, sealed rows checked, rows not yet sealed, the first broken row if any. */
    public record AuditVerification(boolean intact, long rowsChecked, long unsealed, Long firstBrokenId) {
    }
}
