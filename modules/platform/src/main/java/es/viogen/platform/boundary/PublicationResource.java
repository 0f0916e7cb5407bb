package es.viogen.platform.boundary;

import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import es.viogen.platform.control.PublicationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Locale;

/**
 * Incomplete and given-up event publications for operations automation (ADMIN tokens); partners are refused (403).
 * The same list as the page {@code /admin/publications.xhtml}, last error as a Spanish sentence.
 */
@Path("admin/event-publications")
@Tag(name = "Administración")
@SecurityRequirement(name = "bearer")
public class PublicationResource {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Inject
    EventPublications publications;

    @Inject
    Texts texts;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reacciones entre módulos no completadas (pendientes o abandonadas), de la más reciente a la más antigua")
    @APIResponse(responseCode = "200", description = "total y una página de publicaciones con intentos y último error")
    @APIResponse(responseCode = "401", description = "Sin token")
    @APIResponse(responseCode = "403", description = "El token no tiene el rol ADMIN")
    public String open(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (PublicationView p : publications.open(first, max)) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", p.id()).add("listenerId", p.listenerId())
                    .add("event", p.eventName()).add("status", p.status()).add("critical", p.critical())
                    .add("attempts", p.attempts());
            add(o, "publishedAt", p.publishedAt());
            add(o, "lastAttemptAt", p.lastAttemptAt());
            if ("PENDING".equals(p.status())) {
                add(o, "nextAttemptAt", p.nextAttemptAt());
            }
            if (p.lastError() != null) {
                o.add("lastError", texts.get(SPANISH, "publications.error." + p.lastError()));
            }
            items.add(o);
        }
        return Json.createObjectBuilder().add("total", publications.openCount()).add("items", items).build().toString();
    }

    private static void add(JsonObjectBuilder o, String name, Instant at) {
        if (at != null) {
            o.add(name, at.toString());
        }
    }
}
