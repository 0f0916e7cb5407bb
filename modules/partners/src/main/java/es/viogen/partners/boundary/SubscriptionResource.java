package es.viogen.partners.boundary;

import es.viogen.platform.api.RequiresScope;
import es.viogen.platform.api.IdempotentSubmission;
import es.viogen.platform.api.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import es.viogen.platform.api.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Outbound event subscriptions of the calling partner. */
@Path("partner/subscriptions")
@Tag(name = "Suscripciones", description = "Avisos salientes firmados (HMAC-SHA256) a los organismos colaboradores")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.PARTNER_NAME)
@RequiresScope("events:subscribe")
public class SubscriptionResource {

    public record SubscriptionInput(@Size(max = 10) List<String> eventTypes,
                                    @Size(max = 2000) @PlainText String callbackUrl) {
    }

    @Inject
    Subscriptions subscriptions;

    @Context
    UriInfo uri;

    @POST
    @IdempotentSubmission
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribe", summary = "Suscribe el organismo a eventos salientes",
            description = "Tipos: LEVEL_CHANGED, CASE_TRANSFERRED, CASE_INACTIVATED, ORDER_EXPIRING, DILIGENCIA (caso de "
                    + "especial relevancia o menores en riesgo; solo juzgados y fiscalías). Cada envío es un "
                    + "POST JSON firmado en la cabecera X-VioGen-Signature: t=<segundos>,v1=HMAC-SHA256(secreto, "
                    + "\"<t>.<cuerpo>\") en hexadecimal. El secreto se entrega una sola vez, en esta respuesta: una "
                    + "repetición con la misma Idempotency-Key devuelve la misma suscripción con signingSecretWithheld=true "
                    + "y sin el secreto. La URL debe ser https a un servidor autorizado por la configuración (nunca "
                    + "direcciones privadas, locales o de metadatos; se comprueba también antes de cada envío). "
                    + "Cada envío lleva X-VioGen-Event-Id, estable por evento, para descartar una repetición. "
                    + "Solo se envían eventos de casos del territorio del organismo y nunca datos personales.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "suscripción",
            value = "{\"eventTypes\":[\"LEVEL_CHANGED\",\"CASE_TRANSFERRED\"],\"callbackUrl\":\"https://juzgado.example/viogen\"}")))
    @APIResponse(responseCode = "201", description = "Suscripción creada", content = @Content(mediaType = "application/json",
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Subscriptions.SubscriptionView.class),
            examples = @ExampleObject(name = "creada", value = "{\"id\":3,\"eventTypes\":[\"LEVEL_CHANGED\"],"
                    + "\"callbackUrl\":\"https://juzgado.example/viogen\",\"active\":true,\"signingSecret\":\"q8V...\"}")))
    @APIResponse(responseCode = "400", description = "Datos no válidos o falta Idempotency-Key", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Sin token válido", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito events:subscribe", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "La clave ya se usó con otro contenido", content = @Content(mediaType = "application/problem+json"))
    public Response subscribe(@Valid SubscriptionInput input) {
        Subscriptions.SubscriptionView v = subscriptions.subscribe(input == null ? null : input.eventTypes(),
                input == null ? null : input.callbackUrl());
        return Response.created(uri.getBaseUriBuilder().path("partner/subscriptions/{id}").build(v.id()))
                .entity(v).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listSubscriptions", summary = "Suscripciones del organismo (sin secretos)")
    @APIResponse(responseCode = "200", description = "Lista")
    @APIResponse(responseCode = "401", description = "Sin token válido", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Sin el ámbito events:subscribe", content = @Content(mediaType = "application/problem+json"))
    public List<Subscriptions.SubscriptionView> list() {
        return subscriptions.mine();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSubscription", summary = "Una suscripción propia (la dirección Location de su alta; sin secreto)")
    @APIResponse(responseCode = "200", description = "La suscripción", content = @Content(mediaType = "application/json",
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Subscriptions.SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No existe o no es del organismo", content = @Content(mediaType = "application/problem+json"))
    public Subscriptions.SubscriptionView one(@PathParam("id") long id) {
        return subscriptions.mine().stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new es.viogen.platform.api.RecordNotFound("Subscription", id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "unsubscribe", summary = "Da de baja una suscripción propia",
            description = "Los envíos pendientes de la suscripción se cancelan y no se envían.")
    @APIResponse(responseCode = "204", description = "Baja hecha")
    @APIResponse(responseCode = "404", description = "No existe o no es del organismo", content = @Content(mediaType = "application/problem+json"))
    public Response cancel(@PathParam("id") long id) {
        subscriptions.cancel(id);
        return Response.noContent().build();
    }
}
