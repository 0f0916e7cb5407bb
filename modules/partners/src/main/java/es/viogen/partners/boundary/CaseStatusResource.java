package es.viogen.partners.boundary;

import es.viogen.partners.control.CaseStatusView;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's state and current risk level with its explanation, as a court or support office may read it. */
@Path("partner/cases/{caseId}/status")
@Tag(name = "Organismos colaboradores", description = "Consultas de estado y riesgo de un caso")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.PARTNER_NAME)
@RequiresScope("cases:read")
public class CaseStatusResource {

    @Inject
    PartnerOperations operations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Estado del caso y nivel de riesgo actual",
            description = "Estado (ACTIVE, SUPERVISED, INACTIVE), nivel de riesgo vigente con su explicación y marcas "
                    + "de especial relevancia y menores. Sin datos personales ni direcciones. La lectura queda auditada "
                    + "con el organismo como actor.")
    @APIResponse(responseCode = "200", description = "Estado", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "estado", value = "{\"caseId\":42,\"caseNumber\":\"VG-2026-000042\","
                    + "\"status\":\"ACTIVE\",\"riskLevel\":\"ALTO\",\"especialRelevancia\":false,\"minorsAtRisk\":true,"
                    + "\"assessedAt\":\"2026-11-20T10:15:00Z\",\"instrument\":\"VPR5.0-H\","
                    + "\"explanation\":[\"Violencia física grave en los últimos seis meses\"]}")))
    @APIResponse(responseCode = "401", description = "Sin token válido", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito cases:read o caso fuera de su territorio",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "El caso no existe", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Servicio de casos no disponible", content = @Content(mediaType = "application/problem+json"))
    public CaseStatusView status(@PathParam("caseId") long caseId) {
        return operations.caseStatus(caseId);
    }
}
