package es.viogen.municipal.boundary;

import es.viogen.municipal.control.CoverageFigures;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
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

/** Coverage of the municipal adhesion programme: integrated ÷ programme, by region and province. */
@Path("coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cobertura", description = "Cobertura del programa de adhesión de policías locales a VioGén")
@RolesAllowed({Role.PARTNER_NAME, Role.REGIONAL_UNIT_NAME, Role.ADHESION_MANAGER_NAME, Role.ADMIN_NAME})
@RequiresScope("coverage:read")
public class CoverageResource {

    private static final java.util.regex.Pattern TWO_DIGITS = java.util.regex.Pattern.compile("\\d{2}");

    @Inject
    CoverageService coverage;

    @GET
    @Operation(summary = "Cobertura de una comunidad autónoma o de una provincia",
            description = "Con region=07 devuelve la cobertura de la comunidad y de cada provincia; con province=47 la de "
                    + "la provincia. Municipios integrados sobre los del programa, porcentaje, pendientes y avance hacia "
                    + "el objetivo de finales de 2026.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Cobertura", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "400", description = "Falta region o province, o no son códigos INE de 2 cifras",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Sin token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito coverage:read", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Región o provincia desconocida", content = @Content(mediaType = "application/problem+json"))
    public JsonObject query(@QueryParam("region") String region, @QueryParam("province") String province) {
        if (province != null && !province.isBlank()) {
            return province(province.trim());
        }
        if (region == null || region.isBlank()) {
            throw new InvalidInput("region", "municipal.coverage.regionOrProvince");
        }
        return region(region.trim());
    }

    @GET
    @Path("regions/{code}")
    @Operation(summary = "Cobertura de una comunidad autónoma y de sus provincias")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Cobertura", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "404", description = "Región desconocida", content = @Content(mediaType = "application/problem+json"))
    public JsonObject region(@PathParam("code") String code) {
        check("region", code);
        if (!coverage.regionExists(code)) {
            throw new RecordNotFound("Region", code);
        }
        CoverageService.Report r = coverage.regionReport(code);
        JsonArrayBuilder provinces = Json.createArrayBuilder();
        coverage.provinceReports(code).forEach(p -> provinces.add(json(p)));
        return json(r).add("provinces", provinces).build();
    }

    @GET
    @Path("provinces/{code}")
    @Operation(summary = "Cobertura de una provincia")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Cobertura", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "404", description = "Provincia desconocida", content = @Content(mediaType = "application/problem+json"))
    public JsonObject province(@PathParam("code") String code) {
        check("province", code);
        return json(coverage.provinceReport(code)).build();
    }

    private static void check(String field, String code) {
        if (code == null || !TWO_DIGITS.matcher(code).matches()) {
            throw new InvalidInput(field, "municipal.coverage.badCode");
        }
    }

    static JsonObjectBuilder json(CoverageService.Report r) {
        JsonArrayBuilder pending = Json.createArrayBuilder();
        for (CoverageService.ProgrammeTown t : r.pending()) {
            pending.add(Json.createObjectBuilder().add("ineCode", t.ineCode()).add("name", t.name())
                    .add("provinceCode", t.provinceCode()).add("provinceName", t.provinceName())
                    .add("population", t.population()).add("status", t.status()));
        }
        CoverageFigures.Progress p = r.progress();
        JsonObjectBuilder b = Json.createObjectBuilder().add("regionCode", r.regionCode());
        if (r.regionName() != null) {
            b.add("regionName", r.regionName());
        }
        if (r.provinceCode() != null) {
            b.add("provinceCode", r.provinceCode());
        }
        if (r.provinceName() != null) {
            b.add("provinceName", r.provinceName());
        }
        return b.add("programme", r.programme()).add("integrated", r.integrated()).add("percentage", r.percentage())
                .add("pending", pending)
                .add("target", Json.createObjectBuilder().add("date", CoverageFigures.TARGET_DATE.toString())
                        .add("remaining", p.remaining()).add("monthsLeft", p.monthsLeft())
                        .add("neededPerMonth", p.neededPerMonth()).add("reached", p.targetReached())
                        .add("deadlinePassed", p.deadlinePassed()));
    }
}
