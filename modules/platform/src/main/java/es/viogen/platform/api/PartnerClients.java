package es.viogen.platform.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of partner systems' credentials (secrets kept as PBKDF2 hashes). Used by the partners module's
 * administration screens; verification is used for SOAP calls authenticated with HTTP Basic.
 * Every change is audited; all operations but {@link #verify} require the ADMIN role when called on behalf of a
 * person (outside any request, e.g. demo data at startup, the system itself is the actor).
 */
public interface PartnerClients {

    /**
     * Request attribute set by the authentication mechanism when a SOAP request ({@code /ws/*}) carried credentials
     * that were refused: {@code "token"} (expired, invalid, forged, or of a deactivated partner) or {@code "basic"}
     * (wrong client id or secret, or a deactivated partner). The request goes on unauthenticated, so the SOAP layer
     * answers its own {@code UNAUTHORIZED} fault instead of an HTTP 401 with a JSON body.
     */
    String CREDENTIALS_REFUSED_ATTRIBUTE = "es.viogen.platform.credentials-refused";


    record PartnerClientView(long id, String clientId, String organisation, String kind, Set<String> scopes,
                             Territory territory, boolean active) {
    }

    List<PartnerClientView> all();

    Optional<PartnerClientView> find(String clientId);

    /** Registers a client with an initial secret (at least 16 characters when a person sets it). */
    PartnerClientView register(String clientId, String organisation, String kind, Set<String> scopes,
                               Territory territory, String secret);

    void rotateSecret(String clientId, String newSecret);

    void update(String clientId, String organisation, String kind, Set<String> scopes, Territory territory, boolean active);

    /** The client if the id and secret match an active client (constant-time whatever the outcome). */
    Optional<PartnerClientView> verify(String clientId, String secret);
}
