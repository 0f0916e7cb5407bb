package es.viogen.risk.boundary;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The victim's requests for a review of her risk (full class path: see {@link CaseRiskResource}). */
@Path("cases/{caseId}/review-requests")
@Tag(name = "Valoración del riesgo")
@SecurityRequirement(name = "bearer")
public class ReviewRequestResource {

    @Inject
    ReviewRequests requests;

    public record ReviewRequestCreated(long id, long caseId) {
    }

    @POST
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("cases:write")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "La víctima pide una revisión de su riesgo: queda registrada y hay una VPER pendiente desde ahora",
            description = "requestedOn (AAAA-MM-DD), channel (IN_PERSON | PHONE | WRITTEN | THROUGH_SERVICES | OTHER), "
                    + "whatChanged (qué ha cambiado según ella, hasta 2000 caracteres).")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskAnswers.ReviewRequestInput.class)))
    @APIResponse(responseCode = "201", description = "Petición registrada", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequestCreated.class)))
    @APIResponse(responseCode = "400", description = "Campos ausentes o no válidos (errors[].field)")
    @APIResponse(responseCode = "403", description = "Sin el ámbito cases:write, o caso fuera de su territorio")
    @APIResponse(responseCode = "404", description = "No existe el caso")
    @APIResponse(responseCode = "422", description = "El caso aún no tiene VPR (RISK_REVIEW_BEFORE_VPR)")
    public Response reviewRequest(@PathParam("caseId") long caseId, JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            throw new InvalidInput("requestedOn", "validation.required");
        }
        LocalDate on = null;
        String onText = text(body, "requestedOn", errors);
        if (onText == null) {
            errors.add(new FieldError("requestedOn", "validation.required"));
        } else {
            try {
                on = LocalDate.parse(onText);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("requestedOn", "risk.review.dateRange"));
            }
        }
        String channel = text(body, "channel", errors);
        String what = text(body, "whatChanged", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        long id = requests.recordReviewRequest(caseId, on, channel, what);
        return Response.status(Response.Status.CREATED).entity(new ReviewRequestCreated(id, caseId)).build();
    }

    private static String text(JsonObject body, String field, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, "risk.field.text"));
        return null;
    }
}
