package es.viogen.municipal.boundary;

import es.viogen.municipal.boundary.MunicipalAnswers.CentreServiceEntry;
import es.viogen.municipal.boundary.MunicipalAnswers.CrisisCentreEntry;
import es.viogen.municipal.entity.CentreService;
import es.viogen.municipal.entity.CrisisCentre;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** Directory of 24-hour crisis centres (puntos Atiendo in Castilla y León) and their services. */
@Path("crisis-centres")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Centros de crisis", description = "Centros de crisis 24 horas y su cartera de servicios")
public class CrisisCentreResource {

    @Inject
    CrisisCentreDirectory directory;

    @Inject
    Texts texts;

    @GET
    @RolesAllowed({Role.PARTNER_NAME, Role.REGIONAL_UNIT_NAME, Role.ADHESION_MANAGER_NAME, Role.POLICE_OFFICER_NAME,
            Role.LOCAL_POLICE_OFFICER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Centros de crisis 24 horas", description = "Filtros opcionales region y province (códigos INE). "
            + "Cada centro con su horario y sus servicios; basic=true marca la cartera común.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Centros", content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "401", description = "Sin token", content = @Content(mediaType = "application/problem+json"))
    public List<CrisisCentreEntry> list(@QueryParam("region") String region, @QueryParam("province") String province) {
        List<CrisisCentreEntry> out = new ArrayList<>();
        for (CrisisCentre c : directory.centres(region, province)) {
            List<CentreServiceEntry> services = new ArrayList<>();
            for (CentreService s : c.getServices()) {
                services.add(new CentreServiceEntry(s.getService().name(), texts.get("crisisService." + s.getService().name()),
                        s.getService().isBasic(), s.getHours()));
            }
            out.add(new CrisisCentreEntry(c.getId(), c.getCode(), c.getName(), c.getIneCode(), c.getRegionCode(),
                    c.getProvinceCode(), c.isOpen24h(), c.missingBasicServices().isEmpty(), services, c.getHours(),
                    c.getAddress(), c.getPhone()));
        }
        return out;
    }

}
