package es.viogen.risk.boundary;

import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import es.viogen.risk.entity.LevelDrop;
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

import java.time.Instant;
import java.util.List;

/**
 * The case's level drops. The class path is the full path: a root resource at {@code cases/{caseId}} would take
 * every {@code /cases/{id}/...} request (JAX-RS picks the root class with the most literal characters) and answer
 * 404 to intake's incidents, transfers and inactivation. The victim's review requests: {@link ReviewRequestResource}.
 */
@Path("cases/{caseId}/level-drops")
@Tag(name = "Valoración del riesgo")
@SecurityRequirement(name = "bearer")
public class CaseRiskResource {

    @Inject
    LevelDrops drops;

    /** A level drop as partners see it (no personal data: levels, reasons, who and when). */
    public record DropView(long id, long assessmentId, String fromLevel, String toLevel, String status,
                           boolean needsApproval, String reason, String proposedBy, Instant proposedAt,
                           String decidedBy, Instant decidedAt, String decisionReason) {

        static DropView of(LevelDrop d) {
            return new DropView(d.getId(), d.getAssessmentId(), d.getFromLevel().name(), d.getToLevel().name(),
                    d.getStatus().name(), d.isNeedsApproval(), d.getReason(), d.getProposedBy(), d.getProposedAt(),
                    d.getDecidedBy(), d.getDecidedAt(), d.getDecisionReason());
        }
    }

    @GET
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("assessments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bajadas de nivel del caso: aplicadas, propuestas (pendientes de aprobación) y decididas")
    @APIResponse(responseCode = "200", description = "Lista, la más reciente primero")
    @APIResponse(responseCode = "403", description = "Sin el ámbito assessments:read, o caso fuera de su territorio")
    @APIResponse(responseCode = "404", description = "No existe el caso")
    public List<DropView> levelDrops(@PathParam("caseId") long caseId) {
        return drops.ofCase(caseId).stream().map(DropView::of).toList();
    }
}
