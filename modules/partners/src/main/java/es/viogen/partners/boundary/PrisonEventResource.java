package es.viogen.partners.boundary;

import es.viogen.platform.api.IdempotencyKeys;
import es.viogen.intake.api.IncidentType;
import es.viogen.partners.control.NewPrisonEvent;
import es.viogen.partners.control.PrisonEventReceipt;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.IdempotentSubmission;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import es.viogen.platform.api.PlainText;
import es.viogen.platform.api.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import es.viogen.partners.entity.PrisonEvent;
import java.time.Instant;
import java.time.LocalDate;

/** Prison administration reports permits, releases and admissions of the aggressor of a case. */
@Path("partner/prison-events")
@Tag(name = "Instituciones Penitenciarias", description = "Eventos penitenciarios: permisos, excarcelaciones e ingresos")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.PARTNER_NAME)
@RequiresScope("prison-events:write")
public class PrisonEventResource {

    /** The JSON a partner sends. {@code type}: PRISON_PERMIT, PRISON_RELEASE or PRISON_ADMISSION. */
    public record PrisonEventInput(@NotNull @Positive Long caseId, @Size(max = 40) @PlainText String type,
                                   @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START) Instant occurredAt,
                                   @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START, maxYearsAhead = 20) LocalDate startsOn,
                                   @PlausibleDate(notBefore = PlausibleDate.VIOGEN_START, maxYearsAhead = 20) LocalDate endsOn,
                                   @Size(max = 200) @PlainText String facility,
                                   @Size(max = 1000) @PlainText(multiline = true) String reason) {
    }

    @Inject
    PartnerOperations operations;

    @Context
    UriInfo uri;

    @POST
    @IdempotentSubmission
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportPrisonEvent", summary = "Comunica un evento penitenciario",
            description = "Registra una incidencia en el caso (que obliga a reevaluar), avisa a la unidad responsable "
                    + "y deja registrada la notificación SMS a la víctima (fechas y motivo, nunca direcciones). "
                    + "Requiere la cabecera Idempotency-Key: un reintento con la misma clave devuelve la primera respuesta.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = true,
            description = "Identificador único del mensaje (1-100 caracteres: letras, cifras, . _ : -)")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "permiso",
            value = "{\"caseId\":42,\"type\":\"PRISON_PERMIT\",\"occurredAt\":\"2026-11-20T09:00:00Z\","
                    + "\"startsOn\":\"2026-11-24\",\"endsOn\":\"2026-11-27\",\"facility\":\"Centro Penitenciario de Villanubla\","
                    + "\"reason\":\"Permiso ordinario de salida\"}")))
    @APIResponse(responseCode = "201", description = "Evento registrado", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PrisonEventReceipt.class), examples = @ExampleObject(name = "recibo", value = "{\"prisonEventId\":7,\"caseId\":42,\"incidentId\":311,"
                    + "\"unitAlerted\":true,\"victimNotificationId\":9}")))
    @APIResponse(responseCode = "400", description = "Datos no válidos, JSON mal formado o falta Idempotency-Key",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Sin token válido", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito prison-events:write o caso fuera de su territorio",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "El caso no existe", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "El mismo mensaje se está procesando", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Cuerpo mayor de 1 MB", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "La clave ya se usó con otro contenido", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Servicio de casos no disponible", content = @Content(mediaType = "application/problem+json"))
    public Response report(@Valid PrisonEventInput input) {
        if (input == null) {
            throw new InvalidInput("caseId", "validation.required");
        }
        IncidentType type = parseType(input.type());
        PrisonEventReceipt receipt = operations.reportPrisonEvent(new NewPrisonEvent(input.caseId(), type,
                input.occurredAt(), input.startsOn(), input.endsOn(), input.facility(), input.reason()));
        return Response.created(uri.getBaseUriBuilder().path("partner/prison-events/{id}").build(receipt.prisonEventId()))
                .entity(receipt).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A prison event as received. */
    public record PrisonEventView(long id, long caseId, long incidentId, String type, Instant occurredAt,
                                  LocalDate startsOn, LocalDate endsOn, String facility, String reason,
                                  Instant receivedAt) {
    }

    @GET
    @Path("{id}")
    @RequiresScope("cases:read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPrisonEvent", summary = "Consulta un evento penitenciario (la dirección Location de su alta)",
            description = "Para un organismo con cases:read del territorio del caso. Lectura auditada.")
    @APIResponse(responseCode = "200", description = "El evento", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PrisonEventView.class)))
    @APIResponse(responseCode = "404", description = "No existe", content = @Content(mediaType = "application/problem+json"))
    public PrisonEventView read(@PathParam("id") long id) {
        PrisonEvent e = operations.prisonEvent(id);
        return new PrisonEventView(e.getId(), e.getCaseId(), e.getIncidentId(), e.getType().name(), e.getOccurredAt(),
                e.getStartsOn(), e.getEndsOn(), e.getFacility(), e.getReason(), e.getReceivedAt());
    }

    static IncidentType parseType(String type) {
        try {
            IncidentType t = type == null ? null : IncidentType.valueOf(type);
            if (t == null || !t.isPrisonEvent()) {
                throw new IllegalArgumentException();
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("type", "partners.validation.prisonEventType");
        }
    }
}
