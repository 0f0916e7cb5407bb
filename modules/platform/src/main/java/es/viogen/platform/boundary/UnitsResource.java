package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Units;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;

/**
 * The units a partner may name ({@code responsibleUnitId} of a case, {@code toUnitId} of a transfer): the active
 * units within its territory, optionally narrowed to a province. No personal data; the listing is audited.
 */
@Path("units")
@Tag(name = "Autenticación")
@SecurityRequirement(name = "bearer")
public class UnitsResource {

    /** A unit as a partner sees it. */
    public record UnitSummary(long id, String code, String name, String kind, String regionCode, String provinceCode,
                              String municipalityCode) {
    }

    @Inject
    Units units;

    @Inject
    CurrentActor current;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed(Role.PARTNER_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listUnits", summary = "Unidades del territorio del organismo",
            description = "Unidades activas (UFAM, Policía Local, coordinación...) dentro del territorio del organismo; "
                    + "province (2 cifras) lo reduce a una provincia. Sus id sirven para responsibleUnitId y toUnitId.")
    @APIResponse(responseCode = "200", description = "Unidades, por código", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UnitSummary.class)))
    public List<UnitSummary> list(@QueryParam("province") String province) {
        if (province != null && !province.matches("\\d{2}")) {
            throw new InvalidInput("province", "validation.parameter");
        }
        Actor a = current.get();
        Territory mine = a.territory() == null ? Territory.NATIONAL : a.territory();
        List<UnitSummary> out = units.all().stream()
                .filter(u -> u.active() && u.territory() != null && mine.contains(u.territory()))
                .filter(u -> province == null || province.equals(u.territory().provinceCode()))
                .sorted(Comparator.comparing(u -> u.code()))
                .map(u -> new UnitSummary(u.id(), u.code(), u.name(), u.kind().name(), u.territory().regionCode(),
                        u.territory().provinceCode(), u.territory().municipalityCode()))
                .toList();
        audit.record(a, AuditAction.READ, "Unit", "*", "partner: list units" + (province == null ? "" : " of " + province));
        return out;
    }
}
