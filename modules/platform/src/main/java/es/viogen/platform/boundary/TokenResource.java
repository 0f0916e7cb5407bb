package es.viogen.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/** OAuth 2 client-credentials token endpoint for partner systems (form-encoded {@code client_id}, {@code client_secret}). */
@Path("auth/token")
@Tag(name = "Autenticación", description = "Tokens para organismos colaboradores")
public class TokenResource {

    @Inject
    PartnerTokens tokens;

    @Inject
    TokenThrottle throttle;

    @Context
    HttpServletRequest http;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Emite un token de acceso (client credentials)",
            description = "Devuelve un token JWT firmado (RS256) de vida corta para un organismo colaborador registrado.")
    @APIResponse(responseCode = "200", description = "Token emitido", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TokenAnswer.class), examples = @ExampleObject(name = "token", value = "{\"access_token\":\"eyJ...\",\"token_type\":\"Bearer\",\"expires_in\":600,\"scope\":\"cases:read\"}")))
    @APIResponse(responseCode = "400", description = "Petición mal formada", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Credenciales no válidas", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Demasiados intentos fallidos para este cliente o esta dirección; "
            + "la cabecera Retry-After indica los segundos de espera", content = @Content(mediaType = "application/problem+json"))
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                          @FormParam("client_secret") String clientSecret) {
        if (grantType != null && !"client_credentials".equals(grantType)) {
            return Problems.response(400, "unsupported_grant_type", "Tipo de concesión no admitido",
                    "Solo se admite grant_type=client_credentials.", null);
        }
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            return Problems.response(400, "invalid_request", "Petición no válida",
                    "Faltan client_id o client_secret.", null);
        }
        if (clientId.length() > 200 || clientSecret.length() > 500
                || !es.viogen.platform.api.PlainText.Validator.isPlain(clientId, false)
                || !es.viogen.platform.api.PlainText.Validator.isPlain(clientSecret, false)) {
            // never looked up: a NUL would reach the database as an error
            return Problems.response(400, "invalid_request", "Petición no válida",
                    "client_id o client_secret contienen caracteres no admitidos o son demasiado largos.", null);
        }
        String address = http == null ? null : http.getRemoteAddr();
        Optional<Long> wait = throttle.lockedFor(clientId, address);
        if (wait.isPresent()) {
            return Response.fromResponse(Problems.response(429, "too_many_attempts", "Demasiados intentos",
                    "Demasiados intentos fallidos. Vuelva a intentarlo pasados " + wait.get() + " segundos.", null))
                    .header("Retry-After", String.valueOf(wait.get())).build();
        }
        if (!tokens.canIssue()) {
            return Problems.response(503, "token_issuing_disabled", "Emisión de tokens no disponible",
                    "Esta instalación confía en un emisor externo de tokens.", null);
        }
        Optional<PartnerTokens.Issued> issued = tokens.issue(clientId, clientSecret);
        if (issued.isPresent()) {
            throttle.succeeded(clientId);
        } else {
            throttle.failed(clientId, address);
        }
        return issued
                .map(t -> Response.ok(new TokenAnswer(t.token(), "Bearer", t.expiresIn(), t.scope()),
                                MediaType.APPLICATION_JSON_TYPE)
                        .header("Cache-Control", "no-store").build())
                .orElseGet(() -> Problems.response(401, "invalid_client", "No autorizado",
                        "Cliente desconocido, inactivo o secreto incorrecto.", null));
    }

    /** An issued token, named as OAuth 2.0 (RFC 6749, section 5.1) names its fields. */
    public record TokenAnswer(String access_token, String token_type, long expires_in, String scope) {
    }
}
