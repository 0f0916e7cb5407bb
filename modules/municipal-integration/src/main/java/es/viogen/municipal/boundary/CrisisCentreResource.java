package es.viogen.municipal.boundary;

import es.viogen.municipal.entity.CentreService;
import es.viogen.municipal.entity.CrisisCentre;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
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
    public JsonArray list(@QueryParam("region") String region, @QueryParam("province") String province) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (CrisisCentre c : directory.centres(region, province)) {
            JsonArrayBuilder services = Json.createArrayBuilder();
            for (CentreService s : c.getServices()) {
                JsonObjectBuilder sb = Json.createObjectBuilder().add("code", s.getService().name())
                        .add("name", texts.get("crisisService." + s.getService().name()))
                        .add("basic", s.getService().isBasic());
                if (s.getHours() != null) {
                    sb.add("hours", s.getHours());
                }
                services.add(sb);
            }
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", c.getId()).add("code", c.getCode())
                    .add("name", c.getName()).add("ineCode", c.getIneCode()).add("regionCode", c.getRegionCode())
                    .add("provinceCode", c.getProvinceCode()).add("open24h", c.isOpen24h())
                    .add("completeBasicPortfolio", c.missingBasicServices().isEmpty()).add("services", services);
            if (c.getHours() != null) {
                b.add("hours", c.getHours());
            }
            if (c.getAddress() != null) {
                b.add("address", c.getAddress());
            }
            if (c.getPhone() != null) {
                b.add("phone", c.getPhone());
            }
            out.add(b);
        }
        return out.build();
    }

}
