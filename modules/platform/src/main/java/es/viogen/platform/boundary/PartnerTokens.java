package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.Role;
import es.viogen.platform.control.JwtCodec;
import es.viogen.platform.entity.PartnerClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issues client-credentials tokens to registered partners and verifies bearer tokens on API calls. */
@ApplicationScoped
public class PartnerTokens {

    public static final String AUDIENCE = "viogen-api";

    public record Issued(String token, long expiresIn, String scope) {
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    KeyRing keyRing;

    @Inject
    @Configured
    Pbkdf2PasswordHash hash;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "viogen.jwt.issuer", defaultValue = "urn:viogen:issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "viogen.jwt.token-lifetime-seconds", defaultValue = "600")
    long lifetimeSeconds;

    /** Empty when the client is unknown, inactive or the secret is wrong (the caller answers 401 alike). */
    @Transactional
    public Optional<Issued> issue(String clientId, String secret) {
        if (clientId == null || secret == null || clientId.length() > 80 || secret.length() > 200) {
            return Optional.empty();
        }
        PartnerClient client = em.createQuery("SELECT c FROM PartnerClient c WHERE c.clientId = :id", PartnerClient.class)
                .setParameter("id", clientId).getResultStream().findFirst().orElse(null);
        if (client == null || !client.isActive()) {
            hash.verify("timing-equaliser".toCharArray(), PasswordHashing.DUMMY_HASH);
            return Optional.empty();
        }
        if (!hash.verify(secret.toCharArray(), client.getSecretHash())) {
            audit.record(partnerActor(client), AuditAction.LOGIN_FAILED, "PartnerClient", client.getClientId(),
                    "token request refused");
            return Optional.empty();
        }
        KeyRing.Keys keys = keyRing.keys().filter(KeyRing.Keys::canSign)
                .orElseThrow(() -> new IllegalStateException("token issuing is not configured"));
        Instant now = Instant.now();
        String scope = String.join(" ", client.scopeSet());
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", AUDIENCE)
                .add("sub", client.getClientId())
                .add("upn", client.getClientId())
                .add("groups", Json.createArrayBuilder().add(Role.PARTNER_NAME))
                .add("scope", scope)
                .add("viogen_org", client.getOrganisation())
                .add("iat", now.getEpochSecond())
                .add("exp", now.plusSeconds(lifetimeSeconds).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (client.territory().regionCode() != null) {
            claims.add("viogen_region", client.territory().regionCode());
        }
        if (client.territory().provinceCode() != null) {
            claims.add("viogen_province", client.territory().provinceCode());
        }
        String token = JwtCodec.sign(claims.build(), keys.kid(), keys.privateKey());
        audit.record(partnerActor(client), AuditAction.TOKEN_ISSUED, "PartnerClient", client.getClientId(),
                "client credentials");
        return Optional.of(new Issued(token, lifetimeSeconds, scope));
    }

    public boolean canIssue() {
        return keyRing.keys().map(KeyRing.Keys::canSign).orElse(false);
    }

    public Optional<PartnerPrincipal> verify(String token) {
        Optional<KeyRing.Keys> keys = keyRing.keys();
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant now = Instant.now();
            JsonObject claims = JwtCodec.checkClaims(signed(token, keys.get().publicKey(), now), issuer, AUDIENCE,
                    now, LEEWAY);
            if (!stillActive(claims.getString("upn", claims.getString("sub", "")), claims.getJsonNumber("iat"))) {
                return Optional.empty();
            }
            return Optional.of(new PartnerPrincipal(token, claims));
        } catch (JwtCodec.InvalidToken e) {
            return Optional.empty();
        }
    }

    private static final Duration LEEWAY = Duration.ofSeconds(30);
    private static final int MAX_VERIFIED = 10_000;

    /** A token's signature checked with a key, kept until the token expires. */
    private record Verified(java.security.PublicKey key, JwtCodec.Signed signed, Instant until) {
    }

    /**
     * Tokens whose signature this instance has verified, by their exact text (a partner sends the same token for its
     * lifetime; the RSA check and the parsing were an eighth of a request's CPU). Only the signature's result is kept,
     * and only with the key it was checked with: issuer, audience, expiry and not-before, and whether the partner is
     * still active, are checked at every use as before.
     */
    private final java.util.Map<String, Verified> verified = new java.util.concurrent.ConcurrentHashMap<>();

    private JwtCodec.Signed signed(String token, java.security.PublicKey key, Instant now) throws JwtCodec.InvalidToken {
        Verified v = token == null ? null : verified.get(token);
        if (v != null && v.key() == key) {
            return v.signed();
        }
        JwtCodec.Signed s = JwtCodec.checkSignature(token, key);
        java.util.Date exp = s.claims().getExpirationTime();
        if (exp != null && exp.toInstant().isAfter(now)) {
            if (verified.size() >= MAX_VERIFIED) {
                verified.values().removeIf(old -> old.until().isBefore(now));
                if (verified.size() >= MAX_VERIFIED) {
                    verified.clear();
                }
            }
            verified.put(token, new Verified(key, s, exp.toInstant().plus(LEEWAY)));
        }
        return s;
    }

    /**
     * A token of this installation's own partners stops working as soon as the partner is deactivated or its secret
     * rotated (tokens issued before the rotation are refused); tokens of an external issuer for unknown clients
     * are left to that issuer.
     */
    private boolean stillActive(String clientId, jakarta.json.JsonNumber issuedAt) {
        List<Object[]> rows = em.createNativeQuery("SELECT active, created_at, secret_rotated_at FROM platform.partner_client "
                + "WHERE client_id = ?1").setParameter(1, clientId).getResultList();
        if (rows.isEmpty()) {
            return !canIssue();
        }
        Object[] r = rows.get(0);
        if (!Boolean.TRUE.equals(r[0])) {
            return false;
        }
        if (r[2] != null && issuedAt != null) {
            Instant rotated = ((java.sql.Timestamp) r[2]).toInstant();
            return !Instant.ofEpochSecond(issuedAt.longValue()).isBefore(rotated.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        return true;
    }

    private static Actor partnerActor(PartnerClient c) {
        return new Actor(c.getClientId(), c.getOrganisation(), Role.PARTNER, null, null, c.territory(), c.scopeSet());
    }
}
