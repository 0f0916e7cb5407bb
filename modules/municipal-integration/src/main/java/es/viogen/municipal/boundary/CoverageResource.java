package es.viogen.municipal.boundary;

import es.viogen.municipal.boundary.MunicipalAnswers.CoverageReport;
import es.viogen.municipal.boundary.MunicipalAnswers.CoverageTarget;
import es.viogen.municipal.boundary.MunicipalAnswers.PendingTown;
import es.viogen.municipal.control.CoverageFigures;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
    public CoverageReport query(@QueryParam("region") String region, @QueryParam("province") String province) {
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
    public CoverageReport region(@PathParam("code") String code) {
        check("region", code);
        if (!coverage.regionExists(code)) {
            throw new RecordNotFound("Region", code);
        }
        CoverageService.Report r = coverage.regionReport(code);
        return answer(r, coverage.provinceReports(code).stream().map(p -> answer(p, null)).toList());
    }

    @GET
    @Path("provinces/{code}")
    @Operation(summary = "Cobertura de una provincia")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Cobertura", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "404", description = "Provincia desconocida", content = @Content(mediaType = "application/problem+json"))
    public CoverageReport province(@PathParam("code") String code) {
        check("province", code);
        return answer(coverage.provinceReport(code), null);
    }

    private static void check(String field, String code) {
        if (code == null || !TWO_DIGITS.matcher(code).matches()) {
            throw new InvalidInput(field, "municipal.coverage.badCode");
        }
    }

    static CoverageReport answer(CoverageService.Report r, java.util.List<CoverageReport> provinces) {
        CoverageFigures.Progress p = r.progress();
        return new CoverageReport(r.regionCode(), r.regionName(), r.provinceCode(), r.provinceName(), r.programme(),
                r.integrated(), r.percentage(), r.pending().stream().map(t -> new PendingTown(t.ineCode(), t.name(),
                        t.provinceCode(), t.provinceName(), t.population(), t.status())).toList(),
                new CoverageTarget(CoverageFigures.TARGET_DATE, p.remaining(), p.monthsLeft(), p.neededPerMonth(),
                        p.targetReached(), p.deadlinePassed()), provinces);
    }
}
