package es.viogen.risk.boundary;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Role;
import es.viogen.risk.control.AssessmentView;
import es.viogen.risk.control.Submission;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's risk assessments for partners. Reading needs {@code assessments:read}. Submitting needs
 * {@code assessments:write}: meant for a partner police force's own system; courts and other partners only read.
 * Officers submit through the questionnaire page.
 */
@Path("cases/{caseId}/assessments")
@Tag(name = "Valoración del riesgo")
@SecurityRequirement(name = "bearer")
public class AssessmentResource {

    @Inject
    RiskAssessments assessments;

    @Inject
    AssessmentHistory history;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("assessments:write")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registra una valoración (VPR o VPER) con sus respuestas; devuelve nivel, indicadores y explicación",
            description = "answers: código de indicador -> SI | NO | NO_SE_SABE (todos los indicadores del instrumento). "
                    + "Opcionales: instrumentCode, instrumentVersion (por defecto, el vigente del tipo que toca), "
                    + "victimPerceptionAsked (por defecto false: se programa un seguimiento), victimPerceivedLevel, "
                    + "overrideLevel y overrideReason (solo para subir el nivel; bajarlo se rechaza con 422), "
                    + "victimConfirmReason (el agente confirma la percepción de la víctima más allá de un escalón), "
                    + "dropReason (obligatorio si el resultado queda por debajo del nivel en vigor). Los hechos ya "
                    + "establecidos en el caso (estrangulamiento, amenazas de muerte, armas, quebrantamientos) se "
                    + "rellenan como SI; otra respuesta a ellos se rechaza con 400. La respuesta da levelInForce "
                    + "(el nivel que queda en vigor) y dropOutcome: TOO_EARLY, APPLY o NEEDS_APPROVAL.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RiskAnswers.AssessmentSubmission.class)))
    @APIResponse(responseCode = "201", description = "Valoración registrada: nivel final y calculado, indicadores, explicación",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Respuestas ausentes o no válidas (errors[].field = answers.<código>)")
    @APIResponse(responseCode = "403", description = "Sin el ámbito assessments:write, o caso fuera de su territorio")
    @APIResponse(responseCode = "404", description = "No existe el caso o el instrumento")
    @APIResponse(responseCode = "422", description = "Regla: nivel rebajado (RISK_OVERRIDE_LOWERING), VPR primero...")
    public Response submit(@PathParam("caseId") long caseId, JsonObject body) {
        AssessmentView v = assessments.submit(caseId, submission(body), true);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
    }

    @GET
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("assessments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Valoraciones registradas del caso, de la más antigua a la más reciente")
    @APIResponse(responseCode = "200", description = "Lista de valoraciones con nivel y explicación")
    @APIResponse(responseCode = "403", description = "Sin el ámbito assessments:read, o caso fuera de su territorio")
    @APIResponse(responseCode = "404", description = "No existe el caso")
    public List<AssessmentView> history(@PathParam("caseId") long caseId) {
        return history.history(caseId, true);
    }

    @GET
    @Path("{assessmentId}")
    @RolesAllowed(Role.PARTNER_NAME)
    @RequiresScope("assessments:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Una valoración del caso")
    @APIResponse(responseCode = "200", description = "La valoración con nivel y explicación")
    @APIResponse(responseCode = "403", description = "Sin el ámbito assessments:read, o caso fuera de su territorio")
    @APIResponse(responseCode = "404", description = "No existe")
    public AssessmentView one(@PathParam("caseId") long caseId, @PathParam("assessmentId") long assessmentId) {
        AssessmentView v = history.view(assessmentId, true);
        if (v.caseId() != caseId) {
            throw new es.viogen.platform.api.RecordNotFound("Assessment", assessmentId);
        }
        return v;
    }

    /** Reads the body field by field so each error names its field. */
    static Submission submission(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            throw new InvalidInput("answers", "risk.answer.required");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        JsonValue av = body.get("answers");
        if (av == null || av.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(new FieldError("answers", "risk.answer.required"));
        } else {
            av.asJsonObject().forEach((k, v) -> {
                if (v instanceof JsonString s) {
                    answers.put(k, s.getString());
                } else {
                    errors.add(new FieldError("answers." + k, "risk.answer.invalid", String.valueOf(v)));
                }
            });
        }
        String code = text(body, "instrumentCode", errors);
        String version = text(body, "instrumentVersion", errors);
        boolean asked = false;
        JsonValue askedValue = body.get("victimPerceptionAsked");
        if (askedValue != null && askedValue != JsonValue.NULL) {
            if (askedValue == JsonValue.TRUE || askedValue == JsonValue.FALSE) {
                asked = askedValue == JsonValue.TRUE;
            } else {
                errors.add(new FieldError("victimPerceptionAsked", "risk.field.boolean"));
            }
        }
        RiskLevel perceived = level(body, "victimPerceivedLevel", errors);
        RiskLevel override = level(body, "overrideLevel", errors);
        String reason = text(body, "overrideReason", errors);
        if (reason != null && reason.length() > 2000) {
            errors.add(new FieldError("overrideReason", "risk.field.tooLong", 2000));
        }
        String confirm = text(body, "victimConfirmReason", errors);
        String dropReason = text(body, "dropReason", errors);
        for (String[] f : new String[][]{{"victimConfirmReason", confirm}, {"dropReason", dropReason}}) {
            if (f[1] != null && f[1].length() > 2000) {
                errors.add(new FieldError(f[0], "risk.field.tooLong", 2000));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Submission(code, version, answers, asked, perceived, override, reason, confirm, dropReason);
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

    private static RiskLevel level(JsonObject body, String field, List<FieldError> errors) {
        String s = text(body, field, errors);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return RiskLevel.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "risk.field.level", s));
            return null;
        }
    }
}
