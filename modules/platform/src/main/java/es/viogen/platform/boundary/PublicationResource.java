package es.viogen.platform.boundary;

import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import es.viogen.platform.control.PublicationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.List;
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
    public PublicationPage open(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        List<OpenPublication> items = new ArrayList<>();
        for (PublicationView p : publications.open(first, max)) {
            items.add(new OpenPublication(p.id(), p.listenerId(), p.eventName(), p.status(), p.critical(), p.attempts(),
                    p.publishedAt(), p.lastAttemptAt(), "PENDING".equals(p.status()) ? p.nextAttemptAt() : null,
                    p.lastError() == null ? null : texts.get(SPANISH, "publications.error." + p.lastError())));
        }
        return new PublicationPage(publications.openCount(), items);
    }

    /** How many publications are open, and one page of them. */
    public record PublicationPage(long total, List<OpenPublication> items) {
    }

    /** One open publication: its listener, event, status, attempts, times and last error (a Spanish sentence). */
    public record OpenPublication(long id, String listenerId, String event, String status, boolean critical, int attempts,
                                  Instant publishedAt, Instant lastAttemptAt, Instant nextAttemptAt, String lastError) {
    }
}
