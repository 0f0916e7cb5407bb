package es.viogen.municipal.boundary;

import es.viogen.municipal.boundary.MunicipalAnswers.AdhesionState;
import es.viogen.municipal.boundary.MunicipalAnswers.MunicipalityEntry;
import es.viogen.municipal.control.Eligibility;
import es.viogen.municipal.entity.Adhesion;
import es.viogen.municipal.entity.AdhesionStatus;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import es.viogen.platform.api.AccessScope;
import jakarta.inject.Inject;
import es.viogen.platform.api.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeParseException;

/** The INE municipality registry: lookup, programme membership and computed eligibility; adhesion transitions. */
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Municipios", description = "Registro INE de municipios, programa de adhesión y elegibilidad")
public class MunicipalityResource {

    @Inject
    AccessScope scope;

    @Inject
    MunicipalRegistry registry;

    @Inject
    AdhesionDesk desk;

    /** A transition as posted: target stage, the date it took effect (today if absent) and a note. */
    public record TransitionRequest(@Size(max = 40) @PlainText String target, @Size(max = 40) @PlainText String effectiveOn,
                                    @Size(max = 2000) @PlainText(multiline = true) String note) {
    }

    @GET
    @RolesAllowed({Role.PARTNER_NAME, Role.REGIONAL_UNIT_NAME, Role.ADHESION_MANAGER_NAME, Role.ADMIN_NAME})
    @RequiresScope("coverage:read")
    @Operation(summary = "Busca municipios",
            description = "Filtros opcionales: province (código INE de 2 cifras), programme (true/false: en la lista del "
                    + "programa), eligible (true/false: más de 5.000 habitantes y Policía Local), q (nombre o código).")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Municipios, de más a menos habitantes", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "400", description = "Filtro no válido", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Sin token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito coverage:read", content = @Content(mediaType = "application/problem+json"))
    public List<MunicipalityEntry> list(@QueryParam("province") String province, @QueryParam("programme") String programme,
                          @QueryParam("eligible") String eligible, @QueryParam("q") String q,
                          @QueryParam("limit") @DefaultValue("500") int limit) {
        if (province != null && !province.isBlank() && !province.trim().matches("\\d{2}")) {
            throw new InvalidInput("province", "municipal.coverage.badCode");
        }
        if (limit < 1 || limit > 10000) {
            throw new InvalidInput("limit", "municipal.rest.limit");
        }
        List<MunicipalityEntry> out = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            registry.search(q, Math.min(limit, 100)).stream()
                    .filter(v -> province == null || province.isBlank() || v.provinceCode().equals(province.trim()))
                    .forEach(v -> out.add(summary(v.ineCode())));
            return out;
        }
        for (Object[] r : registry.list(province, bool("programme", programme), bool("eligible", eligible), limit)) {
            out.add(row(r));
        }
        return out;
    }

    @GET
    @Path("{ineCode}")
    @RolesAllowed({Role.PARTNER_NAME, Role.REGIONAL_UNIT_NAME, Role.ADHESION_MANAGER_NAME, Role.ADMIN_NAME})
    @RequiresScope("coverage:read")
    @Operation(summary = "Un municipio por su código INE (5 cifras), con su elegibilidad y su adhesión")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Municipio", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "404", description = "Código desconocido", content = @Content(mediaType = "application/problem+json"))
    public MunicipalityEntry one(@PathParam("ineCode") String ineCode) {
        if (ineCode == null || !ineCode.matches("\\d{5}")) {
            throw new InvalidInput("ineCode", "municipal.import.badIneCode");
        }
        return summary(ineCode);
    }

    @POST
    @Path("{ineCode}/adhesion/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADHESION_MANAGER_NAME)
    @Operation(summary = "Avanza la adhesión de un ayuntamiento (gestores de adhesión)",
            description = "target: REQUESTED, AGREEMENT_IN_PREPARATION, SIGNED, TRAINING, INTEGRATED, REJECTED o WITHDRAWN. "
                    + "Las transiciones no permitidas (p. ej. integrar antes de firmar) se rechazan con 422.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Nuevo estado", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "400", description = "Datos no válidos", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Fuera de su territorio", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Transición no permitida", content = @Content(mediaType = "application/problem+json"))
    public AdhesionState transition(@PathParam("ineCode") String ineCode, @Valid TransitionRequest body) {
        if (body == null) {
            throw new InvalidInput("target", "validation.required");
        }
        AdhesionStatus target;
        try {
            target = AdhesionStatus.valueOf(body.target() == null ? "" : body.target().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("target", "municipal.rest.badTarget");
        }
        LocalDate on;
        try {
            on = body.effectiveOn() == null || body.effectiveOn().isBlank() ? AdhesionDesk.today()
                    : LocalDate.parse(body.effectiveOn().trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("effectiveOn", "municipal.rest.badDate");
        }
        Adhesion a = desk.transition(scope.actor(), ineCode, target, on, body.note());
        return new AdhesionState(ineCode, a.getStatus().name());
    }

    private MunicipalityEntry summary(String ineCode) {
        return row(registry.row(ineCode).orElseThrow(() -> new RecordNotFound("Municipality", ineCode)));
    }

    private static Boolean bool(String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        if ("true".equalsIgnoreCase(v.trim())) {
            return true;
        }
        if ("false".equalsIgnoreCase(v.trim())) {
            return false;
        }
        throw new InvalidInput(field, "municipal.rest.boolean");
    }

    private static MunicipalityEntry row(Object[] r) {
        int population = ((Number) r[6]).intValue();
        boolean police = (Boolean) r[8];
        boolean located = r[11] != null;
        return new MunicipalityEntry((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], population, ((Number) r[7]).intValue(), police, Eligibility.eligible(population, police),
                Boolean.TRUE.equals(r[9]), r[10] == null ? "NOT_STARTED" : (String) r[10], "INTEGRATED".equals(r[10]),
                located ? ((Number) r[11]).doubleValue() : null, located ? ((Number) r[12]).doubleValue() : null);
    }
}
